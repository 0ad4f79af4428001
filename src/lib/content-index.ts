/**
 * The content index: every MDX file under content/, read once per build as raw text, parsed by
 * Sätteri (the parser of Astro 7's Markdown engine) and measured by `contentFacts`. The pages,
 * the components and the tests all read the same index, so what the build counts (words,
 * citations in order, quotes, terms, figures) is what the tests check.
 *
 * Raw text, not the MDX modules: importing a module would put every component it imports (a
 * map, a figure) into the importing page's module graph, and Astro inlines the CSS of that
 * whole graph. The collections (src/content.config.ts) still render each entry for the page
 * that shows it; this index only reads.
 */
import { load } from 'js-yaml';
import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';
import { checkArguments } from './content-rules';
import { argumentSchema, frontSchema } from './content-schema';
import { contentFacts, mdxTree, type ContentFacts } from './content-facts';
import { inEssayOrder } from './contents';
import { normaliseQuoteMarks } from './quotes';

/** The blocks of front prose, by file name under content/front/. */
export type FrontId = 'masthead' | 'brief' | 'background' | 'about';

/** One MDX file of content/ as the build reads it. */
export interface ContentFile<Data> {
  /** Its path from the repository root, as a collection entry's `filePath` gives it. */
  file: string;
  /** The file as written, frontmatter included. */
  text: string;
  /** Its frontmatter, read by the collection's own schema (src/lib/content-schema.ts). */
  data: Data;
  facts: ContentFacts;
}

export type ArgumentFile = ContentFile<z.output<typeof argumentSchema>>;
export type FrontFile = ContentFile<z.output<typeof frontSchema>>;

const raw = import.meta.glob<string>('/content/**/*.mdx', { query: '?raw', import: 'default', eager: true });

function read<S extends z.ZodType>(path: string, text: string, schema: S): ContentFile<z.output<S>> {
  const file = path.slice(1);
  const tree = mdxTree(text);
  const [first] = tree.children;
  const data = schema.safeParse(first?.type === 'yaml' ? load(first.value) : {});
  if (!data.success) throw new AstroError(`${file}: its frontmatter does not match the content schema`, data.error.message);
  try {
    return { file, text, data: data.data, facts: contentFacts(tree) };
  } catch (error) {
    throw new AstroError(`${file}: ${(error as Error).message}`);
  }
}

const inFolder = (folder: string) => Object.entries(raw).filter(([path]) => path.startsWith(`/content/${folder}/`));

/** The arguments in essay order; a file without enough text, or two with one number, stop the build naming the files. */
export const argumentFiles: readonly ArgumentFile[] = (() => {
  const files = inFolder('arguments').map(([path, text]) => read(path, text, argumentSchema));
  const [problem] = checkArguments(files.map(({ file, data, facts }) => ({ file, number: data.number, words: facts.words })));
  if (problem) throw new AstroError(problem.message, problem.hint);
  return inEssayOrder(files);
})();

const frontFiles = new Map(inFolder('front').map(([path, text]) => [path.slice('/content/front/'.length, -'.mdx'.length), read(path, text, frontSchema)]));

/** One block of front prose; a missing file fails the build rather than the reader. */
export function frontFile(id: FrontId): FrontFile {
  const file = frontFiles.get(id);
  if (!file) throw new AstroError(`content/front/${id}.mdx is missing`, 'Restore the file: the front page shows it.');
  return file;
}

/** The names of the files under content/front/. */
export const frontNames: readonly string[] = [...frontFiles.keys()];

/** Every content file, arguments first. */
export const contentFiles: readonly (ArgumentFile | FrontFile)[] = [...argumentFiles, ...frontFiles.values()];

/** The facts of the file behind a collection entry. */
export function factsOf(entry: { filePath?: string | undefined }): ContentFacts {
  const found = contentFiles.find((f) => f.file === entry.filePath);
  if (!found) throw new Error(`No content file at ${entry.filePath ?? '(an entry without a file)'}`);
  return found.facts;
}

/** The slug of the argument whose MDX holds a quote (as rendered, typographic quotes and all), if one does. */
export function quotePage(text: string): string | undefined {
  const wanted = normaliseQuoteMarks(text);
  return argumentFiles.find((f) => f.facts.quotes.some((quote) => normaliseQuoteMarks(quote.text) === wanted))?.data.slug;
}
