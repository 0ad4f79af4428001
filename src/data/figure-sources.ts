import type { FigureSources } from '../lib/citations';
import { figureSourceIds } from './figures';
import { membershipSourceIds } from './memberships';

/** What each map view and `<Figure name>` cites, so a page that embeds the figure lists those sources too. */
export const figureSources: FigureSources = {
  alignments: membershipSourceIds,
  ...figureSourceIds,
};
