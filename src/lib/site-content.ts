import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { inEssayOrder } from './contents';
import { explainerModified } from './works';

/** The five arguments in essay order (throws if the numbering has a gap). */
export async function loadArguments(): Promise<CollectionEntry<'arguments'>[]> {
  return inEssayOrder(await getCollection('arguments'));
}

/** One block of front prose by file name; a missing file fails the build rather than the reader. */
export async function loadFront(id: 'masthead' | 'brief' | 'background' | 'about'): Promise<CollectionEntry<'front'>> {
  const entry = await getEntry('front', id);
  if (!entry) throw new Error(`content/front/${id}.mdx is missing`);
  return entry;
}

/** The explainer's title and the date its text last changed (any part of it). */
export async function loadExplainer(): Promise<{ title: string; modified: string }> {
  const [masthead, args, fronts] = await Promise.all([loadFront('masthead'), loadArguments(), getCollection('front')]);
  return {
    title: masthead.data.title,
    modified: explainerModified(masthead.data, [...args.map((entry) => entry.data), ...fronts.map((entry) => entry.data)]),
  };
}
