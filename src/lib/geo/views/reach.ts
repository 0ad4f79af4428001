import { BLOC_KEY_TITLE, blocs } from '../../../data/blocs';
import { distanceKm, places, type PlaceId } from '../../../data/places';
import type { GeoProjection } from 'd3-geo';
import { formatKm } from '../format';
import type { Box, Side } from '../labels';
import { pathData } from '../pathData';
import { REACH_MAX_WIDTH_REM, reachFrame } from '../projections';
import { distanceRing, EARTH_RADIUS_KM, ringPrecision } from '../rings';
import { around, placed, rect, shows, through, windowAt, type Rect, type Window } from '../compose';
import { fixedBoxIn, keyBoxesIn, NARROW_WIDTH, phone, placeLabels, wide, type Composed, type LabelSpec } from '../composition';
import { halfPixel, mapShapes, squarePixels } from '../shapes';
import { mapViews } from './index';
import { atBottomRight } from './key';
import type { KeyEntry, SingleMapScene } from './types';

export interface Ring {
  km: number;
  d: string;
}

export interface PlaceMark {
  id: PlaceId;
  x: number;
  y: number;
}

/** The reach map on a phone, with what only it draws. */
export interface ReachPhone extends Composed {
  /** Where the close-up is, drawn as a box on the whole map (composition units). */
  locator: Rect;
  /** Place marks per window, in composition units. */
  marks: PlaceMark[];
  /** The North Pole, marked on the whole map. */
  pole: [number, number];
}

export interface ReachScene extends SingleMapScene {
  phone: ReachPhone;
  rings: Ring[];
  /** Great-circle routes as path data (straight lines from Seoul, a curve from Pyongyang to Guam). */
  routes: string[];
  places: PlaceMark[];
  /** The North Pole, marked because great circles from Seoul to North America pass near it. */
  pole: [number, number];
}

/** Ring radii: round numbers that bracket the fact sheet's distances (scale, not facts). */
export const RING_KM = [1000, 5000, 10000] as const;

/** Simplification is tuned for the figure's widest, in CSS px. */
const DESIGN_CSS_WIDTH = REACH_MAX_WIDTH_REM * 16;
/**
 * Coastlines and borders are generalised until no triangle they drop spans this many square CSS
 * pixels at that width: a bump three pixels high on eight pixels of coast. The phone's
 * close-up enlarges Seoul's neighbourhood, so the arcs there keep proportionally more.
 */
const MIN_TRIANGLE_PX2 = 12;
/** The same for the quiet land (borders only quiet states share, and their coasts). */
const QUIET_MIN_TRIANGLE_PX2 = 60;

/** The places named in the phone's close-up; the others are named on the whole map. */
export const NEAR: readonly PlaceId[] = ['seoul', 'pyongyang', 'beijing', 'tokyo'];
/** Room around the near places, in map units, for their names. */
const NEAR_PAD = 46;

/** The phone close-up's crop: the near places with room for their names. */
export function closeUpCrop(scene: Pick<ReachScene, 'places'>): Rect {
  const near = scene.places.filter((p) => NEAR.includes(p.id)).map(({ x, y }) => ({ x0: x, y0: y, x1: x, y1: y }));
  return around(near, NEAR_PAD);
}

/**
 * Each place's label: the distance is the fact sheet's, from Seoul unless stated. The sides
 * are tried in order; the phone, with larger labels, may need the later ones.
 */
const PLACE_LABELS: Array<{ id: PlaceId; from?: PlaceId; sides: Side[] }> = [
  { id: 'seoul', sides: ['s', 'sw', 'se'] },
  { id: 'pyongyang', from: 'seoul', sides: ['n', 'nw', 'ne'] },
  { id: 'beijing', from: 'seoul', sides: ['w', 'sw', 'nw', 's', 'n'] },
  { id: 'tokyo', from: 'seoul', sides: ['e', 'se', 'ne', 's'] },
  { id: 'guam', from: 'pyongyang', sides: ['w', 'sw', 'e', 'nw'] },
  { id: 'honolulu', from: 'seoul', sides: ['s', 'sw', 'n', 'w'] },
  { id: 'washington', from: 'seoul', sides: ['e', 'se', 'w', 's'] },
];

/**
 * Bearings (degrees clockwise from north) tried, in order, for each ring's label: north first,
 * then ever further round; the wide map's roomier rings take a coarser search, south before west.
 */
const RING_LABEL_BEARINGS = {
  phone: Array.from({ length: 72 }, (_, i) => (i % 2 ? 360 - 5 * Math.ceil(i / 2) : 5 * (i / 2))),
  wide: [0, 15, 345, 30, 330, 45, 315, 180, 200, 160, 135, 225],
};

/** Between the phone's two windows. */
const GAP = 16;

/**
 * The labels of both compositions, in map units of the drawing. On the phone, window 0 is the
 * whole map, named only where it is roomy, and window 1 the close-up of Seoul's neighbourhood,
 * where the near places and the 1,000 km ring are named.
 */
function labelSpecs(projection: GeoProjection, marks: readonly PlaceMark[], seoulXY: [number, number]): LabelSpec[] {
  const at = (lon: number, lat: number) => projection([lon, lat]) as [number, number];
  const unitsPerKm = projection.scale() / EARTH_RADIUS_KM;
  const placeLabels = PLACE_LABELS.map(({ id, from, sides }): LabelSpec => {
    const name = places[id].name;
    const km = from ? formatKm(distanceKm(id, from)) : '';
    const text = !from ? name : from === 'seoul' ? `${name}\n${km}` : `${name}\n${km}\nfrom ${places[from].name}`;
    const { x, y } = marks.find((m) => m.id === id)!;
    return { text, point: [x, y], sides, kind: 'place', ...(NEAR.includes(id) ? { phone: { window: 1 } } : {}) };
  });
  const ringLabels = RING_KM.map((km): LabelSpec => {
    const r = km * unitsPerKm;
    const around = (bearings: number[]) =>
      bearings.map((bearing): [number, number] => {
        const b = (bearing * Math.PI) / 180;
        return [seoulXY[0] + r * Math.sin(b), seoulXY[1] - r * Math.cos(b)];
      });
    return {
      text: formatKm(km),
      at: around(RING_LABEL_BEARINGS.phone),
      kind: 'ring',
      wide: { at: around(RING_LABEL_BEARINGS.wide) },
      phone: { window: km <= 1000 ? 1 : 0 },
    };
  });
  return [
    ...placeLabels,
    // A few country names, to help readers find their way in an unfamiliar projection.
    { text: 'United States', at: at(-99, 40), bloc: 'us', inside: true },
    { text: 'Russia', at: at(98, 63), bloc: 'cn' },
    { text: 'China', at: at(101, 32), bloc: 'cn', phone: { at: at(110, 25) } },
    { text: 'North Pole', point: projection([0, 90]) as [number, number], sides: ['e', 'w'], kind: 'minor' },
    ...ringLabels,
  ];
}

let cached: ReachScene | undefined;

/** The reach map, computed once per build (pure, so every page that shows it shares it). */
export function reachScene(): ReachScene {
  return (cached ??= build());
}

function build(): ReachScene {
  const { projection, width, height } = reachFrame();
  const at = (id: PlaceId) => projection([places[id].lon, places[id].lat]) as [number, number];
  const unitsPerKm = projection.scale() / EARTH_RADIUS_KM;

  const markPlaces = PLACE_LABELS.map(({ id }) => {
    const [x, y] = at(id);
    return { id, x, y };
  });
  const minTriangle = squarePixels(MIN_TRIANGLE_PX2, width, DESIGN_CSS_WIDTH);
  // At its widest (just under the breakpoint) the close-up shows its crop this much larger than
  // the wide map shows the same land at DESIGN_CSS_WIDTH.
  const closeUp = closeUpCrop({ places: markPlaces });
  const enlarged = (mapViews.reach.narrowBelowRem * 16) / closeUp.width / (DESIGN_CSS_WIDTH / width);
  const { countries, land } = mapShapes(projection, {
    minTriangle,
    quietMinTriangle: squarePixels(QUIET_MIN_TRIANGLE_PX2, width, DESIGN_CSS_WIDTH),
    closeUps: [{ box: closeUp, minTriangle: minTriangle / enlarged ** 2 }],
    minArea: 2,
    quietMinArea: 20,
    step: 1,
  });
  const tolerance = halfPixel(width, DESIGN_CSS_WIDTH);
  const seoul: [number, number] = [places.seoul.lon, places.seoul.lat];
  // Drawn as lines: a clipped polygon would trace the frame's edge.
  const rings = RING_KM.map((km) => {
    const [ring] = distanceRing(seoul, km, ringPrecision(km * unitsPerKm, tolerance)).coordinates;
    return { km, d: pathData(projection, { type: 'LineString', coordinates: ring! }).d };
  });

  const lonLat = (id: PlaceId): [number, number] => [places[id].lon, places[id].lat];
  const routes = (
    [
      ['seoul', 'honolulu'],
      ['seoul', 'washington'],
      ['pyongyang', 'guam'],
    ] as const
  ).map(([from, to]) => pathData(projection, { type: 'LineString', coordinates: [lonLat(from), lonLat(to)] }).d);

  const entries: KeyEntry[] = [...blocs.map((b) => ({ swatch: b.id, text: b.key })), { swatch: 'ring', text: 'Distance from Seoul' }];
  const specs = labelSpecs(projection, markPlaces, at('seoul'));
  const pole = projection([0, 90]) as [number, number];

  // Wide: the key sits bottom right, in the open Pacific. Dots and the key are obstacles for every label.
  const whole = wide(width, height);
  const wideKey = atBottomRight({ x: 0, y: 0, title: BLOC_KEY_TITLE, entries }, width, height, 6);
  const wideTaken = [keyBoxesIn(wideKey, whole), ...markPlaces.map(({ x, y }) => fixedBoxIn({ x0: x - 3, y0: y - 3, x1: x + 3, y1: y + 3 }, whole))];
  const wideLabels = placeLabels(specs, whole, wideTaken);

  // Phone: the whole map, and under it a close-up of Seoul's neighbourhood, three times larger,
  // where Pyongyang, Beijing and Tokyo have room for their names; a box on the whole map shows
  // where the close-up is. The key sits top left, beyond the pole, where no land the map is about lies.
  const overall = windowAt(rect(0, 0, width, height), 0, 0, NARROW_WIDTH);
  const close = windowAt(closeUp, 0, placed(overall).height + GAP, NARROW_WIDTH);
  const phoneComposition = phone([overall, close], Math.ceil(placed(close).y + placed(close).height));
  const phoneKey = { x: 6, y: 6, title: BLOC_KEY_TITLE, entries };
  const [x0, y0] = through(overall, [closeUp.x, closeUp.y]);
  const locator = rect(x0, y0, closeUp.width * overall.scale, closeUp.height * overall.scale);
  const marks = [overall, close].flatMap((w: Window) =>
    markPlaces
      .filter((p) => shows(w, [p.x, p.y]) && (w === overall || NEAR.includes(p.id)))
      .map((p) => {
        const [x, y] = through(w, [p.x, p.y]);
        return { id: p.id, x, y };
      }),
  );
  const phoneTaken: Box[][] = [
    keyBoxesIn(phoneKey, phoneComposition),
    fixedBoxIn({ x0: locator.x - 2, y0: locator.y - 2, x1: locator.x + locator.width + 2, y1: locator.y + locator.height + 2 }, phoneComposition),
    ...marks.map(({ x, y }) => fixedBoxIn({ x0: x - 4, y0: y - 4, x1: x + 4, y1: y + 4 }, phoneComposition)),
  ];
  const phoneLabels = placeLabels(specs, phoneComposition, phoneTaken);

  const near = (['pyongyang', 'beijing', 'tokyo'] as const).map((id) => `${places[id].name} ${formatKm(distanceKm('seoul', id))}`);
  return {
    title: 'Map: distances from Seoul, to its neighbours and to the United States',
    desc:
      'Azimuthal equidistant map centred on Seoul, so that every circle around Seoul is a true distance. ' +
      `Rings mark ${RING_KM.map(formatKm).join(', ')}. From Seoul, approximately: ${near.join(', ')}; ` +
      `Honolulu ${formatKm(distanceKm('seoul', 'honolulu'))}; Washington ${formatKm(distanceKm('seoul', 'washington'))}. ` +
      `Guam is about ${formatKm(distanceKm('guam', 'pyongyang'))} from Pyongyang. ` +
      'Countries are shaded as on the overview map, as Huang groups them: the US–Japan–South Korea grouping dark blue, China, Russia and North Korea orange with hatching.',
    width,
    height,
    land,
    countries,
    rings,
    routes,
    places: markPlaces,
    pole,
    wide: { ...whole, labels: wideLabels, key: wideKey },
    phone: { ...phoneComposition, labels: phoneLabels, key: phoneKey, locator, marks, pole: through(overall, pole) },
  };
}
