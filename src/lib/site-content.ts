import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { ELEMENTS_KEY, unknownElements, unknownElementsProblem, type ElementUse } from './content-rules';
import type { FrontId } from './content-index';
import { inEssayOrder } from './contents';
import { explainerModified } from './works';
import { corrections } from '../data/corrections';

/** The five arguments in essay order (src/lib/content-index.ts checks their numbers and length). */
export async function loadArguments(): Promise<CollectionEntry<'arguments'>[]> {
  return inEssayOrder(await getCollection('arguments'));
}

/** One block of front prose by file name; a missing file fails the build rather than the reader. */
export async function loadFront(id: FrontId): Promise<CollectionEntry<'front'>> {
  const entry = await getEntry('front', id);
  if (!entry) throw new AstroError(`content/front/${id}.mdx is missing`, 'Restore the file: the front page shows it.');
  return entry;
}

/**
 * Render an entry with the components it is shown with, first checking that every element the
 * file uses is one of them: the components map is the allow-list, so a new component is allowed
 * by adding it there, and raw HTML (a <div>, a <script>) stops the build, naming the file and line.
 */
export async function renderContent(entry: CollectionEntry<'arguments'> | CollectionEntry<'front'>, components: Readonly<Record<string, unknown>>) {
  const rendered = await render(entry);
  const used = rendered.remarkPluginFrontmatter[ELEMENTS_KEY];
  const unknown = unknownElements(Array.isArray(used) ? (used as ElementUse[]) : [], components);
  if (unknown.length) {
    const problem = unknownElementsProblem(entry.filePath ?? entry.id, unknown, components);
    throw Object.assign(new AstroError(problem.message, problem.hint), { loc: { file: entry.filePath, line: problem.line } });
  }
  return rendered;
}

/** The explainer's title and the date its text last changed (any part of it). */
export async function loadExplainer(): Promise<{ title: string; modified: string }> {
  const [masthead, args, fronts] = await Promise.all([loadFront('masthead'), loadArguments(), getCollection('front')]);
  return {
    title: masthead.data.title,
    modified: explainerModified(masthead.data, [...args.map((entry) => entry.data), ...fronts.map((entry) => entry.data)], corrections),
  };
}
