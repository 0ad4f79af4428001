import { memberships, type Membership } from '../../../data/memberships';
import { labelSizes } from '../../../styles/tokens';
import { LABEL_SIZES } from '../labels';
import { alignmentsFrame, VIEW_WIDTH } from '../projections';
import { keyBoxes } from './key';
import type { MapKey } from './types';

/**
 * Where the alignments view puts its four panels and its key, in the 2×2 grid and on phones.
 * Pure geometry (no boundaries), so the map's generated CSS (src/styles/generated.ts) reads
 * the phone layout from here rather than from a copy.
 */

/**
 * The one-column layout for phones. The SVG keeps its 2×2 viewBox, but the map's CSS (in a
 * container query) makes the frame taller (`aspect-ratio: width / height`; the root's
 * preserveAspectRatio "xMidYMin meet" keeps the scale and shows the extra height below) and
 * moves each panel to (0, y), scaled by `scale` to the full width, and the key to (0, keyY).
 */
export interface NarrowLayout {
  /** Container width (rem) at and below which the panels stack: phones. */
  maxWidthRem: number;
  /** The label size the CSS sets at that width; panels divide it by `scale`, so text keeps its size. */
  labelSize: number;
  scale: number;
  height: number;
  panelY: number[];
  keyY: number;
}

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
  narrow: NarrowLayout;
}

/** Phones get one column: the last, largest label step (containers up to 25rem). */
const PHONE = labelSizes.narrower.at(-1)!;
const NARROW_GAP = 20;

const GAP = 16;
/**
 * Room above each panel's map for its title line. The 2×2 layout is used up to label size 20
 * (the largest, 24, is for phones, where the panels stack and their text is 24 / scale ≈ 11.7).
 */
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
      { swatch: 'us', text: 'Member, US–Japan–ROK' },
      { swatch: 'cn', text: 'Member, China or Russia' },
      { swatch: 'member', text: 'Member, neither bloc' },
      { swatch: 'unclear', text: 'Invited, status unclear' },
    ],
  };
  // The 2×2 figure is as tall as its key at the largest label size it is drawn at (phones stack).
  const gridKey = keyBoxes(key).filter((_, i) => LABEL_SIZES[i] !== PHONE.size);
  const height = Math.ceil(gridKey.at(-1)!.y1) + 2;

  const scale = Math.round((VIEW_WIDTH / panelWidth) * 1e4) / 1e4;
  const stride = Math.ceil(panelHeight * scale + NARROW_GAP);
  const panelY = panels.map((_, i) => i * stride);
  const keyY = panels.length * stride - NARROW_GAP + 8;
  const keyHeight = keyBoxes({ ...key, y: 0 }).at(-1)!.y1;
  return {
    width: VIEW_WIDTH,
    height,
    mapWidth,
    mapHeight,
    panels,
    key,
    narrow: {
      maxWidthRem: PHONE.maxWidthRem,
      labelSize: PHONE.size,
      scale,
      height: Math.ceil(keyY + keyHeight) + 2,
      panelY,
      keyY,
    },
  };
}
