/**
 * Finds the essay's words copied without quotation: runs of `min` or more consecutive words
 * that a text shares with the essay, compared case- and punctuation-insensitively. Pure, so the
 * unit tests can prove it on small inputs and the site test can run it on every built page.
 */
import { parse, type HTMLElement } from 'node-html-parser';

/**
 * The words of a text, lower-cased, with punctuation as a separator: "US-Japan-ROK" is three
 * words, as the essay's "US-Japan-ROK" is. Apostrophes join ("Japan’s" is one word, "japans"),
 * so a straight or curly one, or none, compares the same.
 */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A text cut into stretches that never join across a cut (a quotation taken out, an allowed name). */
export type Segments = readonly string[];

/** Every run of `n` consecutive words of the source, as keys. */
function nGrams(source: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= source.length; i++) out.add(source.slice(i, i + n).join(' '));
  return out;
}

/**
 * The longest stretches of each segment that copy `min` or more consecutive words of the source
 * (overlapping matches joined into one run), as the words of the segment.
 */
export function copiedRuns(segments: Segments, source: string, min = 6): string[] {
  const grams = nGrams(words(source), min);
  const runs: string[] = [];
  for (const segment of segments) {
    const w = words(segment);
    let start = -1;
    let end = -1;
    for (let i = 0; i + min <= w.length; i++) {
      if (!grams.has(w.slice(i, i + min).join(' '))) continue;
      if (start >= 0 && i < end) end = i + min;
      else {
        if (start >= 0) runs.push(w.slice(start, end).join(' '));
        start = i;
        end = i + min;
      }
    }
    if (start >= 0) runs.push(w.slice(start, end).join(' '));
  }
  return runs;
}

/** Cuts a text at every occurrence of an allowed phrase (compared as words), dropping the phrase. */
export function cutAt(text: string, allowed: readonly string[]): string[] {
  let parts = [words(text).join(' ')];
  for (const phrase of allowed) {
    const key = words(phrase).join(' ');
    parts = parts.flatMap((part) => ` ${part} `.split(` ${key} `).map((p) => p.trim()));
  }
  return parts.filter(Boolean);
}

/**
 * What a reader sees of a page as text segments: the title, the description and every text node
 * of the body (SVG titles, descriptions, keys, popovers and hidden-for-print text included), with
 * scripts, styles and the `<q>` of each quotation taken out. Each element boundary is a word
 * boundary, and each quotation taken out is a cut, so words on either side of it never join.
 */
export function visibleSegments(html: string, quoteSelector = 'q[data-quote]'): string[] {
  const doc: HTMLElement = parse(html, { comment: false });
  for (const el of doc.querySelectorAll('script, style, template')) el.remove();
  const marker = '\u0000';
  for (const q of doc.querySelectorAll(quoteSelector)) q.replaceWith(marker);
  const head = [doc.querySelector('title')?.text ?? '', doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''];
  const body = doc.querySelector('body');
  const text = body ? textWithBreaks(body).split(marker) : [];
  return [...head, ...text].filter((s) => s.trim());
}

/** The text of an element with a space between elements, so "<li>a</li><li>b</li>" reads "a b". */
function textWithBreaks(el: HTMLElement): string {
  return el.innerHTML
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&[a-z]+;/gi, ' ');
}
