import type { FigureSources } from '../lib/citations';
import { MAP_VIEWS, mapViews } from '../lib/geo/views';

/** What each map view cites (src/lib/geo/views), so a page that embeds the figure lists those sources too. */
export const figureSources: FigureSources = Object.fromEntries(MAP_VIEWS.map((view) => [view, mapViews[view].sources]));
