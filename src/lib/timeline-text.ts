import { COUNTRY_LANES, EVENT_KINDS, SUMMIT, terms, trilateralEvents } from '../data/timeline';
import { formatDate } from './dates';
import { contextAsOf } from '../data/essay';

/** The timeline in words, for the SVG's description: who held office when, and what the trilateral lane holds. */
export function timelineDescription(): string {
  const lanes = COUNTRY_LANES.map(({ id, name }) => {
    const people = terms
      .filter((t) => t.lane === id)
      .map((t) => {
        const from = t.from.date === SUMMIT.date ? '' : ` from ${formatDate(t.from.date)}`;
        const to = t.to ? ` to ${formatDate(t.to.date)}` : ` (in office as of ${contextAsOf})`;
        return `${t.leader}${from}${to}`;
      });
    return `${name}: ${people.join(', then ')}.`;
  });
  const counts = Object.entries(EVENT_KINDS)
    .map(([kind, label]) => [trilateralEvents.filter((e) => e.kind === kind).length, label] as const)
    .filter(([n]) => n > 0)
    .map(([n, label]) => `${label}, ${n}`);
  return `Bars of each leader's time in office from the Camp David summit of ${formatDate(SUMMIT.date)}. ${lanes.join(' ')} Below, a selection of ${trilateralEvents.length} numbered trilateral steps from ${formatDate(trilateralEvents[0]!.date)} to ${formatDate(trilateralEvents.at(-1)!.date)}: ${counts.join('; ')}.`;
}
