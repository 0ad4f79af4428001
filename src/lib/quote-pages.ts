/**
 * Which argument page holds a quote, read from the MDX files themselves (not the content
 * collections), so a `<Quote>` knows where its words live wherever it is rendered, tests included.
 */
import { normaliseQuoteMarks, quotesIn } from './quotes';

const files = import.meta.glob<string>('/content/arguments/*.mdx', { query: '?raw', import: 'default', eager: true });

/** The slug of each argument with the quotes its MDX holds. */
const pages = Object.entries(files).map(([path, raw]) => {
  const slug = /^slug:\s*["']?([a-z0-9-]+)["']?\s*$/m.exec(raw)?.[1];
  if (!slug) throw new Error(`${path} has no slug in its frontmatter`);
  return { slug, quotes: quotesIn(raw).map(normaliseQuoteMarks) };
});

/** The slug of the argument whose text holds this quote (as rendered), if any does. */
export function quotePage(text: string): string | undefined {
  const wanted = normaliseQuoteMarks(text);
  return pages.find(({ quotes }) => quotes.includes(wanted))?.slug;
}
