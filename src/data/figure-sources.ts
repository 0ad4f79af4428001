import { figureSourceIds } from './figures';
import { membershipSourceIds } from './memberships';
import type { SourceId } from './sources';

/**
 * What each figure cites, so a page that embeds the figure lists those sources too (and their
 * numbers follow where the figure stands). A figure is keyed by its `view` attribute, or by its
 * element name when it has none (`<Timeline />` would be `Timeline`).
 */
export const figureSources: Readonly<Record<string, readonly SourceId[]>> = {
  alignments: membershipSourceIds,
  ...figureSourceIds,
};
