import type { FigureSources } from '../lib/citations';
import { membershipSourceIds } from './memberships';

/** What each map view cites, so a page that embeds the figure lists those sources too. */
export const figureSources: FigureSources = {
  alignments: membershipSourceIds,
};
