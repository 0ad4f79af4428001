import { blocOf, type BlocId } from '../../../data/blocs';
import { memberships, type Membership } from '../../../data/memberships';
import { isoKey } from '../iso';
import { beside, fits, LABEL_SIZES, MAX_LABEL_SIZE } from '../labels';
import { alignmentsFrame, VIEW_WIDTH } from '../projections';
import { halfPixel, mapShapes, stateDot, type CountryShape } from '../shapes';
import { keyBoxes } from './key';
import type { Dot, MapKey, MapLabel, SceneFrame } from './types';

export interface Panel {
  group: Membership;
  /** Top-left corner of the panel (its title line) in map units. */
  x: number;
  y: number;
  /** Members drawn from the shared base map, by three-digit code, with the bloc that colours them. */
  members: Array<{ key: string; bloc: BlocId }>;
  /** States with an unclear status (BRICS: Saudi Arabia), outlined but not counted. */
  unclear: string[];
  /** Members too small to see at this scale, as dots (panel coordinates). */
  dots: Dot[];
  /** Labels in panel coordinates (the map's top-left is at 0, MAP_TOP). */
  labels: MapLabel[];
}

export interface AlignmentsScene extends SceneFrame {
  /**
   * The shared base map, reused by all four panels: all land as one path, without borders,
   * and the states some panel shows as a member or as unclear, each once (panels reuse them).
   */
  map: { width: number; height: number; land: string; countries: CountryShape[] };
  panels: Panel[];
  key: MapKey;
  /** Where map.css moves the panels and the key on narrow containers (see `NarrowLayout`). */
  narrow: NarrowLayout;
}

/**
 * The one-column layout for phones. The SVG keeps its 2×2 viewBox, but map.css (in a
 * container query) makes the frame taller (`aspect-ratio: width / height`; the root's
 * preserveAspectRatio "xMidYMin meet" keeps the scale and shows the extra height below) and
 * moves each panel to (0, y), scaled by `scale` to the full width, and the key to (0, keyY).
 * The numbers are copied into map.css; a unit test keeps the two in step.
 */
export interface NarrowLayout {
  /** Container width (rem) at and below which the panels stack: phones. */
  maxWidthRem: number;
  /** The label size map.css sets at that width; panels divide it by `scale`, so text keeps its size. */
  labelSize: number;
  scale: number;
  height: number;
  panelY: number[];
  keyY: number;
}

/** Phones (containers up to 25rem, where map.css sets the largest label size) get one column. */
const NARROW = { maxWidthRem: 25, labelSize: MAX_LABEL_SIZE, gap: 20 };

const GAP = 16;
/**
 * Room above each panel's map for its title line. The 2×2 layout is used up to label size 20
 * (the largest, 24, is for phones, where the panels stack and their text is 24 / scale ≈ 11.7).
 */
export const MAP_TOP = 24;
/** India's south-east coast, by longitude and latitude. */
const INDIA_LABEL_AT: [number, number] = [80, 13];
/** Members smaller than this (map units²) also get a dot, so they can be seen. */
const DOT_BELOW_AREA = 6;

let cached: AlignmentsScene | undefined;

/** The alignments map, computed once per build (pure, so every page that shows it shares it). */
export function alignmentsScene(): AlignmentsScene {
  return (cached ??= build());
}

function build(): AlignmentsScene {
  const panelWidth = (VIEW_WIDTH - GAP) / 2;
  const { projection, width: mapWidth, height: mapHeight } = alignmentsFrame(panelWidth);
  const shown = new Set(memberships.flatMap((g) => [...g.members, ...(g.notes ?? []).map((n) => n.iso)]));
  const { countries, land } = mapShapes(projection, {
    tolerance: halfPixel(VIEW_WIDTH, 800),
    quietTolerance: 1,
    minArea: 0.8,
    quietMinArea: 2,
    apart: (iso) => shown.has(iso),
    land: 'all',
    step: 1,
  });
  const byIso = new Map(countries.map((c) => [c.iso, c]));
  const panelHeight = MAP_TOP + mapHeight;

  const panels = memberships.map((group, i): Panel => {
    const x = (i % 2) * (panelWidth + GAP);
    const y = Math.floor(i / 2) * (panelHeight + GAP);
    const drawn = group.members.filter((iso) => byIso.has(iso));
    const dots = group.members.flatMap((iso) => {
      const shape = byIso.get(iso);
      const point = shape ? (shape.area < DOT_BELOW_AREA ? shape.centroid : undefined) : stateDot(projection, iso);
      return point ? [{ key: isoKey(iso), bloc: blocOf(iso), x: point[0], y: point[1] + MAP_TOP }] : [];
    });
    const labels: MapLabel[] = [];
    // India, in three of the four groupings, is named beside its south-east coast, over the
    // Bay of Bengal, where the label covers no member of any panel.
    if (byIso.has(356) && group.members.includes(356)) {
      const [x, y] = projection(INDIA_LABEL_AT)!;
      labels.push({ ...beside('India', [x, y + MAP_TOP], 'e'), kind: 'country' });
    }
    return {
      group,
      x,
      y,
      members: drawn.map((iso) => ({ key: isoKey(iso), bloc: blocOf(iso) })),
      unclear: (group.notes ?? []).map((n) => isoKey(n.iso)),
      dots,
      labels,
    };
  });

  const keyTop = 2 * panelHeight + GAP + 4;
  const key: MapKey = {
    x: 0,
    y: keyTop,
    columns: 2,
    entries: [
      { swatch: 'us', text: 'Member, US–Japan–ROK' },
      { swatch: 'cn', text: 'Member, China or Russia' },
      { swatch: 'member', text: 'Member, neither bloc' },
      { swatch: 'unclear', text: 'Invited, status unclear' },
    ],
  };
  // The 2×2 figure is as tall as its key at the largest label size it is drawn at (phones stack).
  const gridKey = keyBoxes(key).filter((_, i) => LABEL_SIZES[i] !== NARROW.labelSize);
  const height = Math.ceil(gridKey.at(-1)!.y1) + 2;

  const scale = Math.round((VIEW_WIDTH / panelWidth) * 1e4) / 1e4;
  const stride = Math.ceil(panelHeight * scale + NARROW.gap);
  const panelY = panels.map((_, i) => i * stride);
  const keyY = panels.length * stride - NARROW.gap + 8;
  const keyHeight = keyBoxes({ ...key, y: 0 }).at(-1)!.y1;
  const narrow: NarrowLayout = {
    maxWidthRem: NARROW.maxWidthRem,
    labelSize: NARROW.labelSize,
    scale,
    height: Math.ceil(keyY + keyHeight) + 2,
    panelY,
    keyY,
  };

  // Every label must fit its panel at every label size.
  for (const panel of panels) {
    for (const label of panel.labels) {
      if (!fits(label, { width: panelWidth, height: panelHeight }, [])) {
        throw new Error(`No room for "${label.text}" in the ${panel.group.name} panel`);
      }
    }
  }

  return {
    title: 'Map: members of the SCO, BRICS, ASEAN and the Quad',
    desc:
      'Four small world maps, one per grouping, each from Belarus and South Africa east across Asia and the Pacific to Brazil, with full members shaded: ' +
      memberships.map((g) => `${g.name} ${g.members.length}`).join(', ') +
      '. Members in the US–Japan–South Korea alliance are dark blue; China and Russia are orange with hatching; other members are grey. The table below lists every member.',
    width: VIEW_WIDTH,
    height,
    map: { width: mapWidth, height: mapHeight, land, countries },
    panels,
    key,
    narrow,
  };
}
