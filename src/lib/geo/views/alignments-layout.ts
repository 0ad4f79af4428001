import { memberships, type Membership } from '../../../data/memberships';
import { labelSizes } from '../../../styles/tokens';
import { alignmentsFrame, VIEW_WIDTH } from '../projections';
import { mapViews } from './index';
import { keyBoxes } from './key';
import type { MapKey } from './types';

/**
 * Where the alignments view puts its four panels and its key in the 2×2 grid. Pure geometry
 * (no boundaries); phones get a composition of their own (alignments-narrow.ts).
 */

export interface AlignmentsLayout {
  /** The 2×2 figure, in map units. */
  width: number;
  height: number;
  /** Each panel's map (below its title line). */
  mapWidth: number;
  mapHeight: number;
  /** Each grouping's panel, in the order of `memberships`, by its top-left corner. */
  panels: Array<{ group: Membership['id']; x: number; y: number }>;
  key: MapKey;
}

/**
 * The label sizes the 2×2 grid is drawn at: those of containers wider than the width below
 * which phones get the alignments view's own composition (alignments-narrow.ts).
 */
export const GRID_LABEL_SIZES: readonly number[] = [
  labelSizes.base,
  ...labelSizes.narrower.filter((step) => step.maxWidthRem > mapViews.alignments.narrowBelowRem).map((step) => step.size),
];

const GAP = 16;
/** Room above each panel's map for its title line, at the grid's largest label size. */
export const MAP_TOP = 24;

let cached: AlignmentsLayout | undefined;

export function alignmentsLayout(): AlignmentsLayout {
  return (cached ??= build());
}

function build(): AlignmentsLayout {
  const panelWidth = (VIEW_WIDTH - GAP) / 2;
  const { width: mapWidth, height: mapHeight } = alignmentsFrame(panelWidth);
  const panelHeight = MAP_TOP + mapHeight;
  const panels = memberships.map(({ id }, i) => ({ group: id, x: (i % 2) * (panelWidth + GAP), y: Math.floor(i / 2) * (panelHeight + GAP) }));

  const key: MapKey = {
    x: 0,
    y: 2 * panelHeight + GAP + 4,
    columns: 2,
    entries: [
      { swatch: 'us', text: 'US, Japan or S. Korea' },
      { swatch: 'cn', text: 'China or Russia' },
      { swatch: 'member', text: 'Other member' },
      { swatch: 'unclear', text: 'Invited, status unclear' },
    ],
  };
  // The 2×2 figure is as tall as its key at the largest label size it is drawn at.
  const height = Math.ceil(keyBoxes(key, GRID_LABEL_SIZES).at(-1)!.y1) + 2;
  return { width: VIEW_WIDTH, height, mapWidth, mapHeight, panels, key };
}
