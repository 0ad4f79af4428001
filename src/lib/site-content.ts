import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { figureSources } from '../data/figure-sources';
import { sources } from '../data/sources';
import { sourceListSchema } from '../schemas/source';
import { numberSources, type Citations } from './citations';
import type { CiteMark, ContentFacts } from './content-facts';
import { inEssayOrder } from './contents';
import { normaliseQuoteMarks } from './quotes';
import { explainerModified } from './works';

/** The What happened next section of `/`, drawn from src/data/timeline.ts: cited as `<Timeline />` is. */
const TIMELINE_SECTION = { element: 'Timeline' } as const satisfies CiteMark;

type FrontId = 'masthead' | 'brief' | 'background' | 'about';

/** The five arguments in essay order (throws if the numbering has a gap). */
export async function loadArguments(): Promise<CollectionEntry<'arguments'>[]> {
  return inEssayOrder(await getCollection('arguments'));
}

/** One block of front prose by file name; a missing file fails the build rather than the reader. */
export async function loadFront(id: FrontId): Promise<CollectionEntry<'front'>> {
  const entry = await getEntry('front', id);
  if (!entry) throw new Error(`content/front/${id}.mdx is missing`);
  return entry;
}

/**
 * Every content file's frontmatter by path, with the facts the `contentFacts` plugin read from
 * its body (what `render()` returns as `remarkPluginFrontmatter`). Imported directly rather than
 * through astro:content so that citation numbers are the same in component tests, where
 * collections are empty.
 */
const frontmatters = import.meta.glob<Record<string, unknown>>('/content/**/*.mdx', { eager: true, import: 'frontmatter' });

function factsAt(path: string): ContentFacts {
  const frontmatter = frontmatters[path];
  if (!frontmatter) throw new Error(`No content file at ${path}`);
  if (typeof frontmatter.words !== 'number' || !Array.isArray(frontmatter.cites)) {
    throw new Error(`${path} has no content facts: is contentFactsPlugin in astro.config.mjs?`);
  }
  return frontmatter as unknown as ContentFacts;
}

/** Reading time, citations and quotes of one content entry, read from its MDX tree. */
export function factsOf(entry: { filePath?: string | undefined }): ContentFacts {
  if (!entry.filePath) throw new Error('A content entry without a file has no content facts');
  return factsAt(`/${entry.filePath}`);
}

/** The content files in the order a reader meets them on `/`: masthead, brief, background, the arguments, about. */
function pathsInReadingOrder(): string[] {
  const front = (id: FrontId) => `/content/front/${id}.mdx`;
  const args = inEssayOrder(
    Object.keys(frontmatters)
      .filter((path) => path.startsWith('/content/arguments/'))
      .map((path) => ({ path, data: { number: Number(frontmatters[path]!.number) } })),
  ).map(({ path }) => path);
  const order = [front('masthead'), front('brief'), front('background'), ...args, front('about')];
  const unplaced = Object.keys(frontmatters).filter((path) => !order.includes(path));
  if (unplaced.length > 0) throw new Error(`Place ${unplaced.join(', ')} in the reading order (src/lib/site-content.ts)`);
  return order;
}

/**
 * Everything `/` cites, in reading order. A part of `/` that is not MDX but cites sources (a
 * section drawn from a data module) goes in at its place as `{ element: 'Name' }`, with its
 * sources under `Name` in src/data/figure-sources.ts.
 */
export function citesInReadingOrder(): CiteMark[] {
  const about = '/content/front/about.mdx';
  return pathsInReadingOrder().flatMap((path) => [
    // The timeline is What happened next, after the arguments and before About; inside the
    // full read an argument's <Timeline /> only points there (mdx/TimelinePointer.astro).
    ...(path === about ? [TIMELINE_SECTION] : []),
    ...factsAt(path).cites.filter((mark) => !('element' in mark && mark.element === TIMELINE_SECTION.element)),
  ]);
}

/**
 * The citation numbers, computed once for the whole site: the first source cited in reading
 * order is 1, and every page (the full explainer and each argument alone) uses these numbers.
 */
export const citations: Citations = numberSources(sourceListSchema.parse(sources), citesInReadingOrder(), figureSources);

/** The explainer's title and the date its text last changed (any part of it). */
export async function loadExplainer(): Promise<{ title: string; modified: string }> {
  const [masthead, args, fronts] = await Promise.all([loadFront('masthead'), loadArguments(), getCollection('front')]);
  return {
    title: masthead.data.title,
    modified: explainerModified(masthead.data, [...args.map((entry) => entry.data), ...fronts.map((entry) => entry.data)]),
  };
}

/**
 * The slug of the argument whose MDX holds a quote (as rendered, typographic quotes and all), if
 * one does. Read from the files' facts, not the collections, so it also works in component tests.
 */
export function quotePage(text: string): string | undefined {
  const wanted = normaliseQuoteMarks(text);
  const path = Object.keys(frontmatters).find(
    (p) => p.startsWith('/content/arguments/') && factsAt(p).quotes.some((quote) => normaliseQuoteMarks(quote.text) === wanted),
  );
  return path === undefined ? undefined : String(frontmatters[path]!.slug);
}
