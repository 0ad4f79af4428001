/**
 * The sources each figure other than the maps cites, in the order the figure cites them, keyed
 * by the element an MDX file places it with: `<WhatBinds />`, `<Timeline />`, `<Triangle />`.
 */
import { links, whatBinds } from '../data/instruments';
import { COUNTRY_LANES, NO_SUMMIT_SINCE, SUMMIT, countryEvents, terms, trilateralEvents } from '../data/timeline';
import { datedFacts, sourceIdsOf } from './timeline';
import type { SourceId } from '../data/sources';

const unique = (ids: readonly SourceId[]) => [...new Set(ids)];

/** In reading order of the figure: the lanes, country by country, then the trilateral list, then the caption. */
const timelineIds = (() => {
  const atHome = datedFacts(terms, countryEvents, []);
  return unique([
    ...sourceIdsOf(COUNTRY_LANES.flatMap((lane) => atHome.filter((f) => f.lane === lane.id))),
    ...sourceIdsOf(trilateralEvents),
    SUMMIT.source,
    NO_SUMMIT_SINCE.source,
  ]);
})();

export const figureSourceIds = {
  WhatBinds: unique(whatBinds.flatMap((doc) => [...doc.steps.map((s) => s.source), ...(doc.ownWords ? [doc.ownWords.source] : [])])),
  Timeline: timelineIds,
  Triangle: unique(links.flatMap((l) => [...l.facts.map((f) => f.source), ...(l.without ? [l.without.source] : [])])),
} as const satisfies Record<string, readonly SourceId[]>;
