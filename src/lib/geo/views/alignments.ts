import { blocOf, type BlocId } from '../../../data/blocs';
import { countryName, type IsoNumeric } from '../../../data/countries';
import { memberships, type Membership } from '../../../data/memberships';
import { labelSizes } from '../../../styles/tokens';
import { textWidthEm } from '../../text-width';
import { around, boxOf, clampTo, placed, rect, shows, through, widenTo, windowAt, type Rect, type Window } from '../compose';
import { fixedBoxIn, NARROW_LABEL_SIZES, NARROW_WIDTH, phone, placeLabels, type Composition, type LabelSpec } from '../composition';
import { isoKey } from '../iso';
import { LABEL_SIZES, type Box } from '../labels';
import { alignmentsFrame, VIEW_WIDTH } from '../projections';
import { mapShapes, squarePixels, stateDot, type CountryShape } from '../shapes';
import { mapViews } from './index';
import { keyBoxes } from './key';
import type { Dot, MapKey, MapLabel, SceneFrame } from './types';

/*
 * The 2×2 grid (wide): where the four panels and the key go. Pure geometry, no boundaries.
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
 * which phones get the alignments view's own composition (below).
 */
export const GRID_LABEL_SIZES: readonly number[] = [
  labelSizes.base,
  ...labelSizes.narrower.filter((step) => step.maxWidthRem > mapViews.alignments.narrowBelowRem).map((step) => step.size),
];

/** Between the panels of the grid. */
const GRID_GAP = 16;
/** Room above each panel's map for its title line, at the grid's largest label size. */
export const MAP_TOP = 24;

let layoutCache: AlignmentsLayout | undefined;

export function alignmentsLayout(): AlignmentsLayout {
  return (layoutCache ??= buildLayout());
}

function buildLayout(): AlignmentsLayout {
  const panelWidth = (VIEW_WIDTH - GRID_GAP) / 2;
  const { width: mapWidth, height: mapHeight } = alignmentsFrame(panelWidth);
  const panelHeight = MAP_TOP + mapHeight;
  const panels = memberships.map(({ id }, i) => ({ group: id, x: (i % 2) * (panelWidth + GRID_GAP), y: Math.floor(i / 2) * (panelHeight + GRID_GAP) }));

  const key: MapKey = {
    x: 0,
    y: 2 * panelHeight + GRID_GAP + 4,
    columns: 2,
    // Blue and orange stand for Huang's grouping, as on the first map: the key says so.
    title: 'Blue and orange: as Huang groups them',
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
}

/** India's south-east coast, by longitude and latitude. */
const INDIA_LABEL_AT: [number, number] = [80, 13];
/** Width in CSS px that simplification is tuned for: the widest the four panels are shown. */
const DESIGN_CSS_WIDTH = 800;
/**
 * Members' borders and coasts are generalised until no triangle they drop spans this many
 * square CSS pixels at that width. The phone shows each panel two to five times larger
 * (Southeast Asia most), so this is finer than on the other maps; other land is background.
 */
const MIN_TRIANGLE_PX2 = 1;
const QUIET_MIN_TRIANGLE_PX2 = 12;
/** Members smaller than this (map units²) also get a dot, so they can be seen. */
const DOT_BELOW_AREA = 6;

let cached: AlignmentsScene | undefined;

/** The alignments map, computed once per build (pure, so every page that shows it shares it). */
export function alignmentsScene(): AlignmentsScene {
  return (cached ??= build());
}

function build(): AlignmentsScene {
  const layout = alignmentsLayout();
  const { projection } = alignmentsFrame(layout.mapWidth);
  const shown = new Set(memberships.flatMap((g) => [...g.members, ...(g.notes ?? []).map((n) => n.iso)]));
  const { countries, land } = mapShapes(projection, {
    minTriangle: squarePixels(MIN_TRIANGLE_PX2, VIEW_WIDTH, DESIGN_CSS_WIDTH),
    quietMinTriangle: squarePixels(QUIET_MIN_TRIANGLE_PX2, VIEW_WIDTH, DESIGN_CSS_WIDTH),
    minArea: 0.8,
    quietMinArea: 3,
    apart: (iso) => shown.has(iso),
    land: 'all',
    step: 1,
  });
  const byIso = new Map(countries.map((c) => [c.iso, c]));
  const panelWidth = layout.mapWidth;
  const panelHeight = MAP_TOP + layout.mapHeight;
  /** Each panel of the 2×2 grid: its map under the title line, as one window; labels must fit the panel. */
  const panelComposition: Composition = {
    name: 'wide',
    width: panelWidth,
    height: panelHeight,
    windows: [{ source: rect(0, -MAP_TOP, panelWidth, panelHeight), x: 0, y: 0, scale: 1 }],
    sizes: LABEL_SIZES,
  };

  const panels = memberships.map((group, i): Panel => {
    const { x, y } = layout.panels[i]!;
    const drawn = group.members.filter((iso) => byIso.has(iso));
    const dots = group.members.flatMap((iso) => {
      const shape = byIso.get(iso);
      const point = shape ? (shape.area < DOT_BELOW_AREA ? shape.centroid : undefined) : stateDot(projection, iso);
      return point ? [{ key: isoKey(iso), bloc: blocOf(iso), x: point[0], y: point[1] + MAP_TOP }] : [];
    });
    // India, in three of the four groupings, is named beside its south-east coast, over the
    // Bay of Bengal, where the label covers no member of any panel.
    const specs: LabelSpec[] = byIso.has(356) && group.members.includes(356) ? [{ text: 'India', point: projection(INDIA_LABEL_AT)!, sides: ['e'] }] : [];
    const labels = placeLabels(specs, panelComposition);
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

  return {
    title: 'Map: members of the SCO, BRICS, ASEAN and the Quad',
    desc:
      'Four small world maps, one per grouping, each from Belarus and South Africa east across Asia and the Pacific to Brazil, with full members shaded: ' +
      memberships.map((g) => `${g.name} ${g.members.length}`).join(', ') +
      '. Members that belong to the US–Japan–South Korea grouping are dark blue; China and Russia are orange with hatching; other members are grey. The table below lists every member.',
    width: layout.width,
    height: layout.height,
    map: { width: layout.mapWidth, height: layout.mapHeight, land, countries },
    panels,
    key: layout.key,
  };
}

/**
 * The alignments map on a phone: one panel under another, each cropped to where its
 * grouping's members are (ASEAN to Southeast Asia, the SCO to Eurasia, the Quad to the
 * Indo-Pacific) at a scale where every member can be seen; BRICS, which spans the globe,
 * gets Brazil in an inset over the Indian Ocean. Members still too small to see get a dot.
 */

/** Room above each panel's map for its title, in composition units (the title is one line at the largest label size). */
export const NARROW_TITLE = 42;
/** Between the phone's panels, and above its key. */
const PANEL_GAP = 22;
/** A crop is never taller than this share of its width, so no panel fills more than a phone's screen. */
const MAX_ASPECT = 0.62;
/** Room around the members, in map units. */
const PAD = 3;
/** Members smaller than this on screen (composition units²) also get a dot. */
const PHONE_DOT_BELOW_AREA = 150;
/** Members drawn apart in an inset rather than stretching the crop (BRICS: Brazil, across the Pacific). */
const INSETS: Partial<Record<Membership['id'], readonly IsoNumeric[]>> = { brics: [76] };
/** How much smaller an inset is drawn than its panel's main crop. */
const INSET_SCALE = 0.8;
/** Up to this many of a panel's largest members are named, where the name fits inside the state. */
const NAMED_PER_PANEL = 4;

export interface NarrowPanel {
  group: Membership['id'];
  /** Top of the panel (its title line), in composition units. */
  y: number;
  /** The main crop first, then any inset. */
  windows: Window[];
  /** Members too small to see at this scale, in composition units. */
  dots: Dot[];
  labels: MapLabel[];
}

export interface AlignmentsNarrow {
  width: number;
  height: number;
  panels: NarrowPanel[];
  key: MapKey;
}

interface Input {
  map: { width: number; height: number; countries: readonly CountryShape[] };
  panels: ReadonlyArray<{ group: Membership }>;
  key: MapKey;
}

/** The crops of one grouping's panel, in the shared base map's units: the main crop and any inset. */
export function panelCrops(
  group: Membership,
  shapes: ReadonlyMap<IsoNumeric, CountryShape>,
  frame: Rect,
  dotOf: (iso: IsoNumeric) => [number, number] | undefined,
): Rect[] {
  const boxOfMember = (iso: IsoNumeric): Box | undefined => {
    const shape = shapes.get(iso);
    if (shape) return shape.bounds;
    const point = dotOf(iso);
    return point && { x0: point[0], y0: point[1], x1: point[0], y1: point[1] };
  };
  const apart = INSETS[group.id] ?? [];
  const main = group.members.filter((iso) => !apart.includes(iso)).flatMap((iso) => boxOfMember(iso) ?? []);
  const inset = apart.flatMap((iso) => boxOfMember(iso) ?? []);
  const crops = [clampTo(widenTo(around(main, PAD), MAX_ASPECT, frame), frame)];
  if (inset.length) crops.push(clampTo(around(inset, PAD), frame));
  return crops;
}

export function alignmentsNarrow(scene: Input): AlignmentsNarrow {
  const { projection } = alignmentsFrame(scene.map.width);
  const frame = rect(0, 0, scene.map.width, scene.map.height);
  const shapes = new Map(scene.map.countries.map((c) => [c.iso, c]));
  const dotOf = (iso: IsoNumeric) => stateDot(projection, iso);
  let y = 0;
  const panels = scene.panels.map(({ group }, index): NarrowPanel => {
    const [mainCrop, insetCrop] = panelCrops(group, shapes, frame, dotOf);
    const main = windowAt(mainCrop!, 0, y + NARROW_TITLE, NARROW_WIDTH);
    const windows = [main];
    if (insetCrop) {
      // The inset goes in the main crop's bottom-right corner, over open sea, framed.
      const scale = main.scale * INSET_SCALE;
      const [w, h] = [insetCrop.width * scale, insetCrop.height * scale];
      const mainBox = placed(main);
      windows.push({ source: insetCrop, scale, x: mainBox.x + mainBox.width - w - 4, y: mainBox.y + mainBox.height - h - 4 });
    }
    // Each member in the window that shows it best: the inset for the states drawn apart.
    const windowOf = (point: [number, number]) => [...windows].reverse().find((w) => shows(w, point));
    const dots: Dot[] = group.members.flatMap((iso) => {
      const shape = shapes.get(iso);
      const point = shape?.centroid ?? dotOf(iso);
      const w = point && windowOf(point);
      if (!point || !w) return [];
      if (shape && shape.area * w.scale ** 2 >= PHONE_DOT_BELOW_AREA) return [];
      const [x, yy] = through(w, point);
      return [{ key: isoKey(iso), bloc: blocOf(iso), x, y: yy }];
    });

    // Names for the largest members, centred on them, where the name fits inside the state.
    const composition = phone(windows, 0);
    const taken: Box[][] = [
      ...windows.slice(1).map((w) => fixedBoxIn(boxOf(placed(w)), composition)),
      ...dots.map((d) => fixedBoxIn({ x0: d.x - 6, y0: d.y - 6, x1: d.x + 6, y1: d.y + 6 }, composition)),
    ];
    const largest = group.members.flatMap((iso) => shapes.get(iso) ?? []).sort((a, b) => b.area - a.area);
    const specs = largest.slice(0, NAMED_PER_PANEL).flatMap((shape): LabelSpec[] => {
      const name = shortName(shape.iso);
      const wide = (shape.bounds.x1 - shape.bounds.x0) * main.scale;
      if (windowOf(shape.centroid) !== main || textWidthEm(name) * Math.max(...NARROW_LABEL_SIZES) > wide) return [];
      return [{ text: name, at: shape.centroid, bloc: blocOf(shape.iso), optional: true }];
    });
    const labels = placeLabels(specs, composition, taken);
    const bottom = placed(main).y + placed(main).height;
    const panel = { group: group.id, y, windows, dots, labels };
    y = bottom + (index < scene.panels.length - 1 ? PANEL_GAP : 0);
    return panel;
  });
  const key = { ...scene.key, x: 0, y: y + PANEL_GAP, columns: 1 };
  const height = Math.ceil(keyBoxes(key, NARROW_LABEL_SIZES).at(-1)!.y1) + 2;
  return { width: NARROW_WIDTH, height, panels, key };
}

/** The name a panel shows: the short form where the atlas's is long. */
function shortName(iso: IsoNumeric): string {
  const name = countryName(iso);
  return name === 'United States' ? 'US' : name;
}
