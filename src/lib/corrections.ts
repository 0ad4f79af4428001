/**
 * The updates and corrections that concern a page, and the page's modified date: the latest of
 * its own `updated` and of those entries. Pure, so one rule dates the page, its citation and its
 * JSON-LD.
 */
import type { ArgumentSlug, Correction } from '../data/corrections';
import { latestDay } from './dates';

/** The entries an argument's page shows, in date order. */
export function correctionsFor(list: readonly Correction[], slug: ArgumentSlug | string): Correction[] {
  return sortByDate(list.filter((c) => (c.concerns as readonly string[]).includes(slug)));
}

/** Every entry, in date order (a stable sort keeps same-day entries as written). */
export function sortByDate(list: readonly Correction[]): Correction[] {
  return [...list].sort((a, b) => a.date.localeCompare(b.date));
}

/** A page's modified date: its own `updated`, or a later entry that concerns it. */
export function modifiedWith(updated: string, entries: readonly Correction[]): string {
  return latestDay([updated, ...entries.map((c) => c.date)]);
}
