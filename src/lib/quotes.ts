/** The texts of every `<Quote>` in an MDX body, exactly as written there. */
export function quotesIn(mdx: string): string[] {
  return [...mdx.matchAll(/<Quote>([\s\S]*?)<\/Quote>/g)].map((m) => m[1]!);
}

/** Curly and straight quotation marks count as the same character (the quoting rules allow it). */
export function normaliseQuoteMarks(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
}

/** Whether a quote appears character for character in the source text. */
export function isVerbatim(quote: string, source: string): boolean {
  return normaliseQuoteMarks(source).includes(normaliseQuoteMarks(quote));
}
