import { geoCentroid, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import { BLOC_KEY_TITLE, blocs } from '../../../data/blocs';
import type { IsoNumeric } from '../../../data/countries';
import { asean } from '../../../data/memberships';
import { places } from '../../../data/places';
import { isoKey } from '../iso';
import { around, clampTo, placed, rect, shows, through, windowAt, type Rect } from '../compose';
import { fixedBoxIn, keyBoxesIn, NARROW_LABEL_SIZES, NARROW_WIDTH, phone, placeLabels, wide, type LabelSpec } from '../composition';
import { overviewFrame } from '../projections';
import { countryFeatures } from '../topology';
import { mapShapes, squarePixels, stateDot } from '../shapes';
import { atBottomRight, keyBoxes } from './key';
import type { Dot, SingleMapScene } from './types';

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
/** Between the phone's two windows, and above its key. */
const GAP = 16;
/** Room around each phone crop, in map units, so coasts do not touch the edge. */
const PAD = 4;

const honolulu: [number, number] = [places.honolulu.lon, places.honolulu.lat];

/** A circle around the islands of state `iso` within `degrees` of `near` (Hawaii, around Honolulu), in map units. */
function calloutAround(projection: GeoProjection, iso: IsoNumeric, near: [number, number], degrees: number) {
  const feature = countryFeatures().find((f) => f.properties.iso === iso)!;
  const polygons = feature.geometry.type === 'MultiPolygon' ? feature.geometry.coordinates : [feature.geometry.coordinates];
  const islands = polygons.filter((coordinates) => geoDistance(geoCentroid({ type: 'Polygon', coordinates }), near) < (degrees * Math.PI) / 180);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({ type: 'MultiPolygon', coordinates: islands });
  return { x: (x0 + x1) / 2, y: (y0 + y1) / 2, r: Math.hypot(x1 - x0, y1 - y0) / 2 + 3 };
}

/**
 * Where each label goes, by longitude/latitude: a cartographer's choice, checked at every label
 * size of both compositions. On the phone, window 0 is Asia and window 1 the United States.
 */
function labelSpecs(at: (lonLat: [number, number]) => [number, number]): LabelSpec[] {
  return [
    { text: 'Russia', at: at([103, 62]), bloc: 'cn' },
    { text: 'China', at: at([101, 31.5]), bloc: 'cn' },
    { text: 'N. Korea', point: at([126.4, 40.2]), dx: -1.2, dy: -0.9, leader: true, bloc: 'cn' },
    { text: 'S. Korea', point: at([127.9, 35.6]), dx: 1, dy: 2.1, leader: true, bloc: 'us' },
    { text: 'Japan', point: at([140.6, 37]), sides: ['e', 'ne', 'se'], bloc: 'us' },
    { text: 'United\nStates', at: at([-100.5, 40]), bloc: 'us', inside: true, phone: { text: 'United States', window: 1 } },
    { text: 'Alaska', at: at([-152, 64.5]), bloc: 'us', inside: true, kind: 'minor', wide: false, phone: { window: 1 } },
    { text: 'Hawaii', point: at(honolulu), dx: 1.5, dy: 0.35, kind: 'minor', bloc: 'us', phone: { point: at(honolulu), sides: ['e', 'ne', 'n'], window: 1 } },
    { text: 'India', at: at([78.5, 21]), bloc: 'named' },
    // Plain: the essay names Australia only as one of India's partners, not as taking neither side.
    // The phone's crop leaves it at the edge.
    { text: 'Australia', at: at([134, -26]), phone: false },
    { text: 'ASEAN', at: at([113.5, 12.5]), kind: 'group', bloc: 'named' },
    { text: 'Pacific Ocean', at: at([-163, 4]), kind: 'sea', phone: { text: 'Pacific\nOcean', at: at([168, 10]) } },
  ];
}

/** The phone's two crops: the United States, and everything else the map colours or names. */
export function overviewCrops(scene: Pick<OverviewScene, 'countries' | 'dots' | 'width' | 'height'>): { asia: Rect; america: Rect } {
  const frame = rect(0, 0, scene.width, scene.height);
  const us = scene.countries.filter((c) => c.iso === 840).map((c) => c.bounds);
  const rest = [...scene.countries.filter((c) => c.iso !== 840).map((c) => c.bounds), ...scene.dots.map((d) => ({ x0: d.x, y0: d.y, x1: d.x, y1: d.y }))];
  return { asia: clampTo(around(rest, PAD), frame), america: clampTo(around(us, PAD), frame) };
}

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
  const namedAsean = blocs.find((b) => b.id === 'named')!.members.filter((iso) => asean.members.includes(iso)).length;
  const specs = labelSpecs(at);
  const entries = blocs.map((b) => ({ swatch: b.id, text: b.key }));

  // Wide: the key sits bottom right, in the South Pacific.
  const whole = wide(width, height);
  const wideKey = atBottomRight({ x: 0, y: 0, title: BLOC_KEY_TITLE, entries }, width, height);
  const wideLabels = placeLabels(specs, whole, [keyBoxesIn(wideKey, whole)]);

  // Phone: the map cut in two and stacked, both at one scale, so the Pacific's width reads true:
  // Asia above, the United States below, to the right (east). The key gets a strip of its own.
  const { asia, america } = overviewCrops({ countries, dots, width, height });
  const top = windowAt(asia, 0, 0, NARROW_WIDTH);
  const below = { source: america, scale: top.scale, y: placed(top).height + GAP, x: NARROW_WIDTH - america.width * top.scale };
  const phoneKey = { x: 0, y: placed(below).y + placed(below).height + GAP, title: BLOC_KEY_TITLE, entries };
  const phoneKeyBoxes = keyBoxes(phoneKey, NARROW_LABEL_SIZES);
  const phoneComposition = phone([top, below], Math.ceil(phoneKeyBoxes.at(-1)!.y1) + 2);
  // Labels keep clear of the dots for states too small to draw (Singapore).
  const phoneDots = dots.flatMap((d) =>
    phoneComposition.windows
      .filter((w) => shows(w, [d.x, d.y]))
      .map((w) => {
        const [x, y] = through(w, [d.x, d.y]);
        const r = 3 * w.scale;
        return fixedBoxIn({ x0: x - r, y0: y - r, x1: x + r, y1: y + r }, phoneComposition);
      }),
  );
  const phoneLabels = placeLabels(specs, phoneComposition, [phoneKeyBoxes, ...phoneDots]);
  return {
    title: 'Map: the US–Japan–South Korea grouping and China, Russia and North Korea, as Huang groups them, across the Pacific',
    desc:
      'Pacific-centred map from South Asia to the eastern United States. ' +
      'As Huang groups them: the United States (with Alaska and Hawaii), Japan and South Korea are dark blue. ' +
      'China, Russia and North Korea are orange with dark hatching. ' +
      `India, and ASEAN, which the essay says will not take sides, drawn as its ${namedAsean} members of August 2023, are shaded in a pale tint with an outline. ` +
      'Other land, Australia included, is pale grey. Japan and South Korea lie close to North Korea, China and Russia; ' +
      'the US mainland is across the Pacific.',
    width,
    height,
    land,
    countries,
    dots,
    callouts: [calloutAround(projection, 840, honolulu, 6)],
    wide: { ...whole, labels: wideLabels, key: wideKey },
    phone: { ...phoneComposition, labels: phoneLabels, key: phoneKey },
  };
}
