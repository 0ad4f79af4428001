/** The texts of every `<Quote>` in an MDX body, exactly as written there. */
export function quotesIn(mdx: string): string[] {
  const quotes = [...mdx.matchAll(/<Quote\b[^>]*>([\s\S]*?)<\/Quote>/g)].map((m) => m[1]!);
  // A quote these checks cannot read must fail loudly, not slip past the verbatim rule.
  const opened = mdx.match(/<Quote\b/g)?.length ?? 0;
  if (opened !== quotes.length) throw new Error(`Found ${opened} <Quote> tags but could read ${quotes.length}`);
  return quotes;
}

/** Curly and straight quotation marks count as the same character (the quoting rules allow it); runs of whitespace as one space. */
export function normaliseQuoteMarks(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
}

/** Whether a quote appears in the source text, character for character apart from quote marks and line breaks. */
export function isVerbatim(quote: string, source: string): boolean {
  return normaliseQuoteMarks(source).includes(normaliseQuoteMarks(quote));
}
