import { blocOf, type BlocId } from '../../../data/blocs';
import { memberships, type Membership } from '../../../data/memberships';
import { isoKey } from '../iso';
import { rect } from '../compose';
import { placeLabels, type Composition } from '../composition';
import { LABEL_SIZES } from '../labels';
import { alignmentsFrame, VIEW_WIDTH } from '../projections';
import { mapShapes, squarePixels, stateDot, type CountryShape } from '../shapes';
import { alignmentsLayout, MAP_TOP } from './alignments-layout';
import type { LabelSpec } from '../composition';
import type { Dot, MapKey, MapLabel, SceneFrame } from './types';

export { MAP_TOP };

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
      '. Members in the US–Japan–South Korea alliance are dark blue; China and Russia are orange with hatching; other members are grey. The table below lists every member.',
    width: layout.width,
    height: layout.height,
    map: { width: layout.mapWidth, height: layout.mapHeight, land, countries },
    panels,
    key: layout.key,
  };
}
