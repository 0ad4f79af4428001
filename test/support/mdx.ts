import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { contentFacts, type ContentFacts } from '../../src/lib/content-facts';

/** An MDX source parsed the way the build parses it (Sätteri, Astro's Markdown engine). */
export function mdxTree(mdx: string): Root {
  return mdxToMdast(mdx) as Root;
}

/** What the build's content-facts plugin reads from an MDX source. */
export function factsOfMdx(mdx: string): ContentFacts {
  return contentFacts(mdxTree(mdx));
}
