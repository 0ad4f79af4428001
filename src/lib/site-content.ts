import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { checkArguments, unknownElements } from './content-rules';
import { ELEMENTS_KEY } from './content-rules';
import { figureSources } from './figure-sources';
import { sources } from '../data/sources';
import { sourceListSchema } from './source-schema';
import { numberSources, type Citations } from './citations';
import type { CiteMark, ContentFacts } from './content-facts';
import { contentFrontmatters } from './content-frontmatter';
import { inEssayOrder } from './contents';
import { normaliseQuoteMarks } from './quotes';
import { explainerModified } from './works';

/** The What happened next section of `/`, drawn from src/data/timeline.ts: cited as `<Timeline />` is. */
const TIMELINE_SECTION = { element: 'Timeline' } as const satisfies CiteMark;
/** The Glossary section of `/`, drawn from src/data/glossary.ts; its sources are listed under `Glossary` in figure-sources.ts. */
const GLOSSARY_SECTION = { element: 'Glossary' } as const satisfies CiteMark;

type FrontId = 'masthead' | 'brief' | 'background' | 'about';

/** The five arguments in essay order (pathsInReadingOrder has already checked their numbers and length). */
export async function loadArguments(): Promise<CollectionEntry<'arguments'>[]> {
  return inEssayOrder(await getCollection('arguments'));
}

/** One block of front prose by file name; a missing file fails the build rather than the reader. */
export async function loadFront(id: FrontId): Promise<CollectionEntry<'front'>> {
  const entry = await getEntry('front', id);
  if (!entry) throw new AstroError(`content/front/${id}.mdx is missing`, 'Restore the file: the front page shows it.');
  return entry;
}

type Frontmatters = Record<string, Record<string, unknown>>;

let frontmattersRead: Promise<Frontmatters> | undefined;

/**
 * Render an entry with the components it is shown with, first checking that every element the
 * file uses is one of them: the components map is the allow-list, so a new component is allowed
 * by adding it there, and raw HTML (a <div>, a <script>) stops the build, naming the file.
 */
export async function renderContent(
  entry: CollectionEntry<'arguments'> | CollectionEntry<'front'>,
  components: Readonly<Record<string, unknown>>,
) {
  const rendered = await render(entry);
  const used = rendered.remarkPluginFrontmatter[ELEMENTS_KEY];
  const unknown = unknownElements(Array.isArray(used) ? used : [], components);
  if (unknown.length) {
    throw new AstroError(
      `${entry.filePath ?? entry.id} uses ${unknown.map((name) => `<${name}>`).join(', ')}, which ${unknown.length > 1 ? 'are' : 'is'} not among the site’s content components.`,
      `Content may use only ${Object.keys(components).map((name) => `<${name}>`).join(', ')} and Markdown. Check the spelling (names are case-sensitive), or write Markdown instead of HTML.`,
    );
  }
  return rendered;
}

/**
 * Every content file's frontmatter by path, with the facts the `contentFacts` plugin read from
 * its body; read once, on first use. Not at module load: the content modules import <Cite>,
 * which imports this module, so awaiting them at the top level would wait on itself.
 */
function loadFrontmatters(): Promise<Frontmatters> {
  return (frontmattersRead ??= contentFrontmatters());
}

function factsAt(frontmatters: Frontmatters, path: string): ContentFacts {
  const frontmatter = frontmatters[path];
  if (!frontmatter) throw new Error(`No content file at ${path}`);
  if (typeof frontmatter.words !== 'number' || !Array.isArray(frontmatter.cites)) {
    throw new Error(`${path} has no content facts: is contentFactsPlugin in astro.config.mjs?`);
  }
  return frontmatter as unknown as ContentFacts;
}

/** Reading time, citations and quotes of one content entry, read from its MDX tree. */
export async function factsOf(entry: { filePath?: string | undefined }): Promise<ContentFacts> {
  if (!entry.filePath) throw new Error('A content entry without a file has no content facts');
  return factsAt(await loadFrontmatters(), `/${entry.filePath}`);
}

/** The content files in the order a reader meets them on `/`: masthead, brief, background, the arguments, about. */
function pathsInReadingOrder(frontmatters: Frontmatters): string[] {
  const front = (id: FrontId) => `/content/front/${id}.mdx`;
  const argumentPaths = Object.keys(frontmatters).filter((path) => path.startsWith('/content/arguments/'));
  const numbered = argumentPaths.map((path) => ({ path, data: { number: Number(frontmatters[path]!.number) } }));
  // Before anything is numbered: stop on an argument without enough text, or two with one number, naming the files.
  const [problem] = checkArguments(numbered.map(({ path, data }) => ({ file: path.slice(1), number: data.number, words: factsAt(frontmatters, path).words })));
  if (problem) throw new AstroError(problem.message, problem.hint);
  const args = inEssayOrder(numbered).map(({ path }) => path);
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
function citesAt(frontmatters: Frontmatters): CiteMark[] {
  const about = '/content/front/about.mdx';
  return pathsInReadingOrder(frontmatters).flatMap((path) => [
    // The timeline is What happened next, after the arguments; the Glossary section follows it,
    // just before About. Inside the full read an argument's <Timeline /> only points to the
    // timeline (mdx/TimelinePointer.astro).
    ...(path === about ? [TIMELINE_SECTION, GLOSSARY_SECTION] : []),
    ...factsAt(frontmatters, path).cites.filter((mark) => !('element' in mark && mark.element === TIMELINE_SECTION.element)),
  ]);
}

let citationsNumbered: Promise<Citations> | undefined;

/**
 * The citation numbers, computed once for the whole site: the first source cited in reading
 * order is 1, and every page (the full explainer and each argument alone) uses these numbers.
 */
export function loadCitations(): Promise<Citations> {
  return (citationsNumbered ??= loadFrontmatters().then((frontmatters) =>
    numberSources(sourceListSchema.parse(sources), citesAt(frontmatters), figureSources),
  ));
}

/** Everything `/` cites, in reading order (see citesAt). */
export async function citesInReadingOrder(): Promise<CiteMark[]> {
  return citesAt(await loadFrontmatters());
}

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
export async function quotePage(text: string): Promise<string | undefined> {
  const frontmatters = await loadFrontmatters();
  const wanted = normaliseQuoteMarks(text);
  const path = Object.keys(frontmatters).find(
    (p) => p.startsWith('/content/arguments/') && factsAt(frontmatters, p).quotes.some((quote) => normaliseQuoteMarks(quote.text) === wanted),
  );
  return path === undefined ? undefined : String(frontmatters[path]!.slug);
}
