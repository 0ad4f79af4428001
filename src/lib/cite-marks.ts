/**
 * Citation marks and the back-links that answer them. Each `<Cite>` on a page gets the id
 * `cite-<n>-<k>` (n the source's number, k counting its marks on the page); the sources list
 * links back to k = 1, 2 …, so it needs only how many marks each source has on the page, never
 * their order.
 */
import { idsOf, type Citing, type FigureSources } from './citations';

/** The id of the k-th mark (1-based) citing source number n on a page. */
export function citeMarkId(n: number, k: number): string {
  return `cite-${n}-${k}`;
}

/** The anchor of a map view's figure. */
export function mapAnchor(view: string): string {
  return `map-${view}`;
}

/**
 * The anchor of a figure that cites sources, which the sources list links back to: a map's
 * `map-<view>`; any other figure element must carry `figure-<its name in kebab-case>`.
 */
export function figureAnchor(mark: { element: string; view?: string }): string {
  if (mark.element === 'BlocMap' && mark.view) return mapAnchor(mark.view);
  return `figure-${mark.element.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
}

const counters = new WeakMap<object, Map<string, number>>();

/**
 * The next number for a key within one render (`page` is any object unique to it, such as
 * `Astro.locals`): 1 for the first mark, then 2, 3 …
 */
export function nextMark(page: object, key: string): number {
  let counts = counters.get(page);
  if (!counts) counters.set(page, (counts = new Map()));
  const k = (counts.get(key) ?? 0) + 1;
  counts.set(key, k);
  return k;
}

/** Where a page cites one source: how many marks in the text, and the anchors of the figures citing it. */
export interface CitePlaces {
  marks: number;
  figures: string[];
}

/** For each source some content cites (its marks in reading order): its marks in the text and the figures (or sections) that cite it. */
export function citePlaces(marks: readonly Citing[], figures: FigureSources = {}): Map<string, CitePlaces> {
  const places = new Map<string, CitePlaces>();
  const at = (id: string) => places.get(id) ?? places.set(id, { marks: 0, figures: [] }).get(id)!;
  for (const mark of marks) {
    if ('source' in mark) {
      at(mark.source).marks += 1;
      continue;
    }
    const anchor = 'anchor' in mark ? mark.anchor : figureAnchor(mark);
    for (const id of idsOf(mark, figures)) {
      const place = at(id);
      if (!place.figures.includes(anchor)) place.figures.push(anchor);
    }
  }
  return places;
}

/** The letters of back-links, as Wikipedia labels them: a, b, … z, aa, ab … */
export function backLinkLabel(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : backLinkLabel(Math.floor(index / 26) - 1) + letter;
}
