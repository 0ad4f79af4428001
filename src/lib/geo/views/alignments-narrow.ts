import { blocOf } from '../../../data/blocs';
import { countryName, type IsoNumeric } from '../../../data/countries';
import type { Membership } from '../../../data/memberships';
import { around, boxOf, clampTo, placed, rect, shows, through, widenTo, windowAt, type Rect, type Window } from '../compose';
import { fixedBoxIn, NARROW_LABEL_SIZES, NARROW_WIDTH, phone, placeLabels, type LabelSpec } from '../composition';
import { textWidthEm } from '../../text-width';
import type { Box } from '../labels';
import { isoKey } from '../iso';
import { alignmentsFrame } from '../projections';
import { stateDot, type CountryShape } from '../shapes';
import { keyBoxes } from './key';
import type { Dot, MapKey, MapLabel } from './types';

/**
 * The alignments map on a phone: one panel under another, each cropped to where its
 * grouping's members are (ASEAN to Southeast Asia, the SCO to Eurasia, the Quad to the
 * Indo-Pacific) at a scale where every member can be seen; BRICS, which spans the globe,
 * gets Brazil in an inset over the Indian Ocean. Members still too small to see get a dot.
 */

/** Room above each panel's map for its title, in composition units (the title is one line at the largest label size). */
export const NARROW_TITLE = 42;
const GAP = 22;
/** A crop is never taller than this share of its width, so no panel fills more than a phone's screen. */
const MAX_ASPECT = 0.62;
/** Room around the members, in map units. */
const PAD = 3;
/** Members smaller than this on screen (composition units²) also get a dot. */
const DOT_BELOW_AREA = 150;
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
export function panelCrops(group: Membership, shapes: ReadonlyMap<IsoNumeric, CountryShape>, frame: Rect, dotOf: (iso: IsoNumeric) => [number, number] | undefined): Rect[] {
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
      if (shape && shape.area * w.scale ** 2 >= DOT_BELOW_AREA) return [];
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
    y = bottom + (index < scene.panels.length - 1 ? GAP : 0);
    return panel;
  });
  const key = { ...scene.key, x: 0, y: y + GAP, columns: 1 };
  const height = Math.ceil(keyBoxes(key, NARROW_LABEL_SIZES).at(-1)!.y1) + 2;
  return { width: NARROW_WIDTH, height, panels, key };
}

/** The name a panel shows: the short form where the atlas's is long. */
function shortName(iso: IsoNumeric): string {
  const name = countryName(iso);
  return name === 'United States' ? 'US' : name;
}
