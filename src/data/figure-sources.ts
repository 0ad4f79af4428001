import { glossarySourceIds } from './glossary';
import { figureSourceIds } from './figures';
import { membershipSourceIds } from './memberships';
import type { SourceId } from './sources';

/**
 * What each figure (or data-drawn section) cites, so a page that embeds it lists those sources
 * too (and their numbers follow where it stands). A figure is keyed by its `view` attribute, or by its
 * element name when it has none (`<Timeline />` would be `Timeline`).
 */
export const figureSources: Readonly<Record<string, readonly SourceId[]>> = {
  alignments: membershipSourceIds,
  ...figureSourceIds,
  /** The Glossary section of `/` (not MDX), which site-content.ts places before About. */
  Glossary: glossarySourceIds,
};
