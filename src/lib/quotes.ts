/** Curly and straight quotation marks count as the same character (the quoting rules allow it); runs of whitespace as one space. */
export function normaliseQuoteMarks(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
}

/** Whether a quote appears in the source text, character for character apart from quote marks and line breaks. */
export function isVerbatim(quote: string, source: string): boolean {
  return normaliseQuoteMarks(source).includes(normaliseQuoteMarks(quote));
}

/**
 * Whether a quote is at most one sentence: no sentence end (. ? !) followed by a capital inside
 * it, a full stop at its very end allowed. The build refuses longer quotes; the tests use the same check.
 */
export function isOneSentence(quote: string): boolean {
  return !/[.?!]\s+[A-Z]/.test(quote.trim().replace(/\.$/, ''));
}
