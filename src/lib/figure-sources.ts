import type { SourceId } from '../data/sources';
import { figureSourceIds } from './figures';
import { MAP_VIEWS, mapViews } from './geo/views';

/**
 * What each figure cites, so a page that embeds it lists those sources
 * too (and their numbers follow where it stands). A figure is keyed by its `view` attribute, or
 * by its element name when it has none (`<Timeline />` would be `Timeline`). The maps' come from
 * the registry of map views.
 */
export const figureSources: Readonly<Record<string, readonly SourceId[]>> = {
  ...Object.fromEntries(MAP_VIEWS.map((view) => [view, mapViews[view].sources])),
  ...figureSourceIds,
};
