import type { Nodes, Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { countWords } from './reading';

/**
 * What a component in the body may cite: a `<Cite id>` names its source; any other element
 * (a figure such as `<BlocMap view>`) cites what src/lib/figure-sources.ts lists for it.
 */
export type CiteMark = { source: string } | { element: string; view?: string };

/** A `<Quote>` as written, with the plain text of the paragraph it stands in. */
export interface QuoteFact {
  text: string;
  paragraph: string;
}

/** What the site needs to know about an MDX body, read from its syntax tree (src/lib/content-index.ts). */
export interface ContentFacts {
  /** Words a reader reads: the prose and the text inside components, without markup. */
  words: number;
  /** Words of the explanation alone: the body without its `<Context>` and `<SinceThen>` notes. */
  explanationWords: number;
  /** Every `<Cite>` and every other component, in reading order. */
  cites: CiteMark[];
  /** Every `<Quote>`, in reading order. */
  quotes: QuoteFact[];
  /** The glossary id of every `<Term>` in the body, in reading order (a term marked twice appears twice). */
  terms: string[];
}

/** The notes around an argument's explanation: facts the essay assumes, and what happened since. */
export const NOTES = new Set(['Context', 'SinceThen']);

type Jsx = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const isJsx = (node: Nodes): node is Jsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A literal attribute value; an expression (`id={x}`) cannot be read before the page runs, so it fails. */
function literalAttribute(node: Jsx, name: string): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute) return undefined;
  if (typeof attribute.value !== 'string') {
    throw new Error(`<${node.name} ${name}=…> must be a literal ${name}="..." so the build can read it`);
  }
  return attribute.value;
}

/** The text runs under a node, in order, skipping elements that `skip` names. */
function textRuns(node: Nodes, skip: ReadonlySet<string> = new Set()): string[] {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return [node.value];
  if (isJsx(node) && node.name && skip.has(node.name)) return [];
  return 'children' in node ? node.children.flatMap((child) => textRuns(child as Nodes, skip)) : [];
}

/** The words of a tree as a reader meets them; markup between runs separates words. */
export function proseOf(node: Nodes, skip?: ReadonlySet<string>): string {
  return textRuns(node, skip).join(' ').replace(/\s+/g, ' ').trim();
}

/** Read the facts of one MDX body from its syntax tree. */
export function contentFacts(root: Root): ContentFacts {
  const cites: CiteMark[] = [];
  const quotes: QuoteFact[] = [];
  const terms: string[] = [];
  const visit = (node: Nodes, paragraph: Nodes | undefined): void => {
    const within = node.type === 'paragraph' ? node : paragraph;
    if (isJsx(node) && node.name) {
      if (node.name === 'Cite') {
        const source = literalAttribute(node, 'id');
        if (!source) throw new Error('<Cite> needs an id="..." naming a source in src/data/sources.ts');
        cites.push({ source });
      } else {
        const view = literalAttribute(node, 'view');
        cites.push(view === undefined ? { element: node.name } : { element: node.name, view });
      }
      if (node.name === 'Term') {
        const term = literalAttribute(node, 'id');
        if (!term) throw new Error('<Term> needs an id="..." naming an entry in src/data/glossary.ts');
        terms.push(term);
      }
      if (node.name === 'Quote') {
        quotes.push({ text: textRuns(node).join(''), paragraph: textRuns(within ?? node).join('') });
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes, within);
  };
  visit(root, undefined);
  return {
    words: countWords(proseOf(root)),
    explanationWords: countWords(proseOf(root, NOTES)),
    cites,
    quotes,
    terms,
  };
}

/** An MDX source (frontmatter and all) parsed as the build parses it, by Sätteri, the parser of Astro's Markdown engine. */
export function mdxTree(mdx: string): Root {
  return mdxToMdast(mdx) as Root;
}

/** The facts of one MDX source. */
export function factsOfMdx(mdx: string): ContentFacts {
  return contentFacts(mdxTree(mdx));
}
