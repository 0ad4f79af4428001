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
 * Hover previews are off for now. Chromium shows an `interestfor` preview on keyboard focus too,
 * after its delay; a reader who opens a card by keyboard and pauses then finds Tab skipping the
 * card, because the preview took the mark's next stop (test/browser/citations.test.ts guards the
 * card's Tab order). Until that is solved, no page carries them.
 */
const PREVIEWS = false;

/**
 * Whether a page carries hover previews: only an argument's own page could (on `/` they would
 * cost about 1.3 KB gzip). Marks, terms and the lists that hold the previews all ask here.
 */
export const showsPreviews = (context: PageContext): boolean => PREVIEWS && context.mode === 'alone';
