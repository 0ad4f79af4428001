import { geoCentroid, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import { blocs, type BlocId } from '../../../data/blocs';
import type { IsoNumeric } from '../../../data/countries';
import { asean } from '../../../data/memberships';
import { places } from '../../../data/places';
import { isoKey } from '../iso';
import { beside, centred, type Label, type Side } from '../labels';
import { overviewFrame } from '../projections';
import { countryFeatures } from '../topology';
import { mapShapes, squarePixels, stateDot } from '../shapes';
import { atBottomRight } from './key';
import { scaleOf, trackingOf, type Dot, type LabelKind, type MapLabel, type SingleMapScene } from './types';

export interface OverviewScene extends SingleMapScene {
  dots: Dot[];
  /** Circles drawing the eye to land too small to see (Hawaii), in map units. */
  callouts: Array<{ x: number; y: number; r: number }>;
}

/**
 * Width in CSS px that simplification is tuned for: between the 40rem column and the 60rem
 * breakout. The phone's windows enlarge the map by less than a third over that, so they need no
 * more detail. Points snap to whole units, as on the other maps: that moves one by half a pixel
 * at most.
 */
const DESIGN_CSS_WIDTH = 800;
/**
 * Borders and coasts of the blocs and named states are generalised until no triangle they drop
 * spans this many square CSS pixels at that width (a bump three pixels high on eight pixels of
 * coast); borders only quiet states share, and their islands, are generalised harder.
 */
const MIN_TRIANGLE_PX2 = 12;
const QUIET_MIN_TRIANGLE_PX2 = 60;

type Spec = {
  text: string;
  kind?: LabelKind;
  bloc?: BlocId;
  inside?: boolean;
} & (
  | { /** Label centred here. */ at: [number, number] }
  | { /** Label beside this point, on one side… */ point: [number, number]; side: Side }
  | { /** …or offset from it by dx/dy em, with or without a leader line. */ point: [number, number]; dx: number; dy: number; leader?: boolean }
);

const honolulu: [number, number] = [places.honolulu.lon, places.honolulu.lat];

/** A circle around the islands of state `iso` within `degrees` of `near` (Hawaii, around Honolulu), in map units. */
function calloutAround(projection: GeoProjection, iso: IsoNumeric, near: [number, number], degrees: number) {
  const feature = countryFeatures().find((f) => f.properties.iso === iso)!;
  const polygons = feature.geometry.type === 'MultiPolygon' ? feature.geometry.coordinates : [feature.geometry.coordinates];
  const islands = polygons.filter((coordinates) => geoDistance(geoCentroid({ type: 'Polygon', coordinates }), near) < (degrees * Math.PI) / 180);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({ type: 'MultiPolygon', coordinates: islands });
  return { x: (x0 + x1) / 2, y: (y0 + y1) / 2, r: Math.hypot(x1 - x0, y1 - y0) / 2 + 3 };
}

/** Where each label goes, by longitude/latitude: a cartographer's choice, checked by tests at every label size. */
const LABELS: Spec[] = [
  { text: 'Russia', at: [103, 62], bloc: 'cn' },
  { text: 'China', at: [101, 31.5], bloc: 'cn' },
  { text: 'N. Korea', point: [126.4, 40.2], dx: -1.2, dy: -0.9, leader: true, bloc: 'cn' },
  { text: 'S. Korea', point: [127.9, 35.6], dx: 1, dy: 2.1, leader: true, bloc: 'us' },
  { text: 'Japan', point: [140.6, 37], side: 'e', bloc: 'us' },
  { text: 'United\nStates', at: [-100.5, 40], bloc: 'us', inside: true },
  { text: 'Hawaii', point: honolulu, dx: 1.5, dy: 0.35, kind: 'minor', bloc: 'us' },
  { text: 'India', at: [78.5, 21], bloc: 'named' },
  // Plain: the essay names Australia only as one of India's partners, not as taking neither side.
  { text: 'Australia', at: [134, -26] },
  { text: 'ASEAN', at: [113.5, 12.5], kind: 'group', bloc: 'named' },
  { text: 'Pacific Ocean', at: [-163, 4], kind: 'sea' },
];

let cached: OverviewScene | undefined;

/** The overview map, computed once per build (pure, so every page that shows it shares it). */
export function overviewScene(): OverviewScene {
  return (cached ??= build());
}

function build(): OverviewScene {
  const { projection, width, height } = overviewFrame();
  const { countries, land } = mapShapes(projection, {
    minTriangle: squarePixels(MIN_TRIANGLE_PX2, width, DESIGN_CSS_WIDTH),
    quietMinTriangle: squarePixels(QUIET_MIN_TRIANGLE_PX2, width, DESIGN_CSS_WIDTH),
    minArea: 1.5,
    quietMinArea: 8,
    step: 1,
    quietStep: 1,
  });
  const at = (lonLat: [number, number]) => projection(lonLat) as [number, number];
  // States of the blocs or named by the essay that are too small to draw (Singapore) get a dot.
  const drawn = new Set(countries.map((c) => c.iso));
  const dots = blocs.flatMap((bloc) =>
    bloc.members.flatMap((iso) => {
      const point = drawn.has(iso) ? undefined : stateDot(projection, iso);
      return point ? [{ key: isoKey(iso), bloc: bloc.id, x: point[0], y: point[1] }] : [];
    }),
  );
  const labels = LABELS.map((spec): MapLabel => {
    const kind = spec.kind ?? 'country';
    const scale = scaleOf(kind);
    let label: Label;
    if ('at' in spec) label = centred(spec.text, at(spec.at), scale);
    else if ('side' in spec) label = beside(spec.text, at(spec.point), spec.side, scale);
    else {
      const [x, y] = at(spec.point);
      const anchor = spec.dx < 0 ? 'end' : 'start';
      label = { text: spec.text, x, y, dx: spec.dx, dy: spec.dy, anchor, scale, ...(spec.leader ? { leader: true } : {}) };
    }
    const tracking = trackingOf(kind);
    return {
      ...label,
      kind,
      ...(tracking ? { tracking } : {}),
      ...(spec.bloc ? { bloc: spec.bloc } : {}),
      ...(spec.inside ? { inside: true } : {}),
    };
  });
  const namedAsean = blocs.find((b) => b.id === 'named')!.members.filter((iso) => asean.members.includes(iso)).length;
  // The key sits bottom right, in the South Pacific.
  const key = atBottomRight({ x: 0, y: 0, entries: blocs.map((b) => ({ swatch: b.id, text: b.key })) }, width, height);
  return {
    title: 'Map: the US–Japan–South Korea grouping and China, Russia and North Korea, as Huang groups them, across the Pacific',
    desc:
      'Pacific-centred map from South Asia to the eastern United States. ' +
      'As Huang groups them: the United States (with Alaska and Hawaii), Japan and South Korea are dark blue. ' +
      'China, Russia and North Korea are orange with dark hatching. ' +
      `India, and ASEAN, which the essay says will not take sides, drawn as its ${namedAsean} members of August 2023, are shaded in a pale tint with an outline. ` +
      'Other land, Australia and Taiwan included, is pale grey. Japan and South Korea lie close to North Korea, China and Russia; ' +
      'the US mainland is across the Pacific.',
    width,
    height,
    land,
    countries,
    dots,
    callouts: [calloutAround(projection, 840, honolulu, 6)],
    labels,
    key,
  };
}

