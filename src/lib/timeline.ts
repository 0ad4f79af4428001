import type { CountryLane, IsoDay, Term, TrilateralEvent, CountryEvent } from '../data/timeline';
import type { SourceId } from '../data/sources';
import { formatDate } from './dates';
import { textWidthEm } from './text-width';

/** Whole days since 1970-01-01 (UTC), so spans never depend on the build machine's time zone. */
export function dayNumber(iso: IsoDay): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** A linear map from days to x in user units: `from` sits at `x0`, `to` at `x1`. */
export function timeScale(from: IsoDay, to: IsoDay, x0: number, x1: number): (iso: IsoDay) => number {
  const d0 = dayNumber(from);
  const k = (x1 - x0) / (dayNumber(to) - d0);
  return (iso) => x0 + (dayNumber(iso) - d0) * k;
}

/** `2024-06-27`..`2024-06-29` → `27–29 June 2024`; one day reads as formatDate gives it. */
export function formatSpan(date: IsoDay, until?: IsoDay): string {
  if (!until || until === date) return formatDate(date);
  const [a, b] = [formatDate(date), formatDate(until)];
  const [dayA, monthA, yearA] = a.split(' ');
  const [dayB, monthB, yearB] = b.split(' ');
  if (yearA !== yearB) return `${a} – ${b}`;
  return monthA === monthB ? `${dayA}–${dayB} ${monthB} ${yearB}` : `${dayA} ${monthA} – ${b}`;
}

/** One leader's bar, from the day they took office (or the summit) to the day they left (or the fact sheet's end). */
export interface Bar {
  term: Term;
  x0: number;
  x1: number;
  /** Still in office on the fact sheet's last day. */
  open: boolean;
}

export function officeBars(terms: readonly Term[], x: (iso: IsoDay) => number, asOf: IsoDay): Bar[] {
  return terms.map((term) => ({ term, x0: x(term.from.date), x1: x(term.to?.date ?? asOf), open: !term.to }));
}

/**
 * Rows for markers that would overlap: each marker goes in the first row whose last marker
 * is at least `gap` to its left (greedy, in date order). Returns a row index per marker.
 */
export function stackRows(xs: readonly number[], gap: number): number[] {
  const lastInRow: number[] = [];
  return xs.map((x) => {
    let row = lastInRow.findIndex((last) => x - last >= gap);
    if (row < 0) row = lastInRow.length;
    lastInRow[row] = x;
    return row;
  });
}

export interface PlacedLabel {
  x: number;
  anchor: 'start' | 'end';
  /** Left and right edges at the given size, for overlap checks. */
  left: number;
  right: number;
}

/**
 * Where a bar's label sits: at the bar's start, reading right, unless it would run past the
 * lane's end, in which case it ends there. `size` is the font size in user units.
 */
export function placeLabel(text: string, size: number, barStart: number, laneEnd: number, pad = 2): PlacedLabel {
  const width = textWidthEm(text) * size;
  const start = barStart + pad;
  if (start + width <= laneEnd) return { x: start, anchor: 'start', left: start, right: start + width };
  return { x: laneEnd, anchor: 'end', left: laneEnd - width, right: laneEnd };
}

/** One dated fact as the figure's lists and the Since-then check read it. */
export interface DatedFact {
  date: IsoDay;
  until?: IsoDay;
  source: SourceId;
  what: string;
  lane: CountryLane | 'trilateral';
}

/** Every fact the timeline states, in date order: leaders' changes, other turns at home, the trilateral record. */
export function datedFacts(terms: readonly Term[], countryEvents: readonly CountryEvent[], events: readonly TrilateralEvent[]): DatedFact[] {
  const facts: DatedFact[] = [
    ...terms.flatMap(({ lane, from, to }) => [
      ...(from.what ? [{ lane, date: from.date, source: from.source, what: from.what }] : []),
      ...(to ? [{ lane, date: to.date, source: to.source, what: to.what }] : []),
    ]),
    ...countryEvents.map(({ lane, date, source, what }) => ({ lane, date, source, what })),
    ...events.map(({ date, until, source, what }) => ({ lane: 'trilateral' as const, date, until, source, what })),
  ];
  return facts.sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
}

/** The source ids a list of facts cites, each once, in the order a reader meets them. */
export function sourceIdsOf(facts: readonly { source: SourceId }[]): SourceId[] {
  return [...new Set(facts.map((f) => f.source))];
}
