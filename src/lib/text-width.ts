/**
 * How wide a line of text will be, estimated without a browser, for every figure that lays
 * out labels at build time (the maps, the timeline, the triangle).
 */

/**
 * Advance widths (em/1000) of Arial/Helvetica Bold, which Roboto, Segoe UI and San Francisco
 * come close to; the figures' CSS puts those fonts first for labels, so these metrics hold.
 */
const CHARS = " '(),-.0123456789:;ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz·–’≈";
// prettier-ignore
const WIDTHS = [278, 238, 333, 333, 278, 333, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 278, 556, 278, 549];
const ADVANCE = new Map([...CHARS].map((ch, i) => [ch, WIDTHS[i]! / 1000]));
/** Headroom for San Francisco and Segoe UI, a little wider than Arial, and for letter-spacing slop. */
const SAFETY = 1.07;

/** Width of one line of text in em (bold; regular text is narrower, so this is safe). */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += ADVANCE.get(ch) ?? 0.72;
  return em * SAFETY;
}
