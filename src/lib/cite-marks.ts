/**
 * Citation marks and the back-links that answer them. Each `<Cite>` on a page gets the id
 * `cite-<source>-<k>`, k counting that source's marks on the page; the sources list links back
 * to `k = 1..n`, so it needs only how many marks each source has on the page, never their order.
 */
import { citedIds, type FigureSources } from './citations';

/** The id of the k-th mark (1-based) citing a source on a page. */
export function citeMarkId(sourceId: string, k: number): string {
  return `cite-${sourceId}-${k}`;
}

/** The anchor of a figure on a page, which the sources list links back to for the sources it cites. */
export function figureAnchor(view: string): string {
  return `map-${view}`;
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

/** Where a page cites one source: how many text marks, and which figures. */
export interface CitePlaces {
  marks: number;
  figures: string[];
}

/** For each source a set of MDX bodies cites: its marks in the text and the figures that cite it. */
export function citePlaces(bodies: readonly string[], figures: FigureSources = {}): Map<string, CitePlaces> {
  const places = new Map<string, CitePlaces>();
  const at = (id: string) => places.get(id) ?? places.set(id, { marks: 0, figures: [] }).get(id)!;
  for (const body of bodies) {
    citedIds(body); // refuses tags it cannot read, so a mark never goes uncounted
    for (const [, id] of body.matchAll(/<Cite\b[^>]*?\bid=["']([^"']+)["']/g)) at(id!).marks += 1;
    for (const [, view] of body.matchAll(/<BlocMap\b[^>]*?\bview=["']([^"']+)["']/g)) {
      for (const id of new Set(figures[view!] ?? [])) {
        const place = at(id);
        if (!place.figures.includes(view!)) place.figures.push(view!);
      }
    }
  }
  return places;
}

/** The letters of back-links, as Wikipedia labels them: a, b, … z, aa, ab … */
export function backLinkLabel(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : backLinkLabel(Math.floor(index / 26) - 1) + letter;
}
