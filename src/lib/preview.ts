import type { PageContext } from './page-context';

/**
 * The words of a hover preview (a `popover="hint"` beside a citation mark or a term): short, so
 * that pointing at a mark tells what it is without the card that a click opens.
 */

/**
 * The first sentence of plain text: up to the first full stop, question or exclamation mark that
 * ends a word and is followed by a space and a capital. A stop after a lone capital ("U.S.",
 * "J. Smith") ends no sentence.
 */
export function firstSentence(text: string): string {
  const end = /(?<![\s.][A-Z]|^[A-Z])[.!?](?=\s+[A-Z“"‘(])/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

/** The id of the hover preview for a popover id: `source-3` → `hint-source-3`. */
export const hintId = (popoverId: string): string => `hint-${popoverId}`;

/**
 * Whether a page carries hover previews: an argument's own page does (its marks and terms point
 * at them, SourceHints.astro and TermHints.astro render them); `/` does not, as its previews
 * (about 1.3 KB gzip for some fifty sources and fifteen terms) would break its budget. They are
 * for the pointer only: a focused mark never shows one (src/styles/hint.css says why).
 */
export const showsPreviews = (context: PageContext): boolean => context.mode === 'alone';
