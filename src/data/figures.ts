/**
 * The figures an MDX file may place with `<Figure name="…" />`, besides the maps, and the
 * sources each cites (so a page that embeds one lists them, in the order the figure cites them).
 */
import { links, whatBinds } from './instruments';
import { COUNTRY_LANES, NO_SUMMIT_SINCE, SUMMIT, countryEvents, terms, trilateralEvents } from './timeline';
import { datedFacts, sourceIdsOf } from '../lib/timeline';

export const FIGURE_NAMES = ['what-binds', 'timeline', 'triangle'] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

const unique = (ids: readonly string[]) => [...new Set(ids)];

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

export const figureSourceIds: Readonly<Record<FigureName, readonly string[]>> = {
  'what-binds': unique(whatBinds.flatMap((doc) => [...doc.steps.map((s) => s.source), ...(doc.ownWords ? [doc.ownWords.source] : [])])),
  timeline: timelineIds,
  triangle: unique(links.flatMap((l) => [...l.facts.map((f) => f.source), ...(l.without ? [l.without.source] : [])])),
};
