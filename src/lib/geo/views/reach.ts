import { blocs, type BlocId } from '../../../data/blocs';
import { distanceKm, places, type PlaceId } from '../../../data/places';
import { formatKm } from '../format';
import { beside, boxesAtAllSizes, centred, fits, fixedBox, placeBeside, SMALL, type Box, type Side } from '../labels';
import { pathData } from '../pathData';
import { REACH_MAX_WIDTH_REM, reachFrame } from '../projections';
import { distanceRing, EARTH_RADIUS_KM, ringPrecision } from '../rings';
import { around, type Rect } from '../compose';
import { halfPixel, mapShapes, squarePixels } from '../shapes';
import { mapViews } from './index';
import { atBottomRight, keyBoxes } from './key';
import type { KeyEntry, MapLabel, SingleMapScene } from './types';

export interface Ring {
  km: number;
  d: string;
}

export interface PlaceMark {
  id: PlaceId;
  x: number;
  y: number;
}

export interface ReachScene extends SingleMapScene {
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

/** What each place's label says, and where it may go: the distance is the fact sheet's, from Seoul unless stated. */
const PLACE_LABELS: Array<{ id: PlaceId; from?: PlaceId; sides: Side[] }> = [
  { id: 'seoul', sides: ['s', 'sw', 'se'] },
  { id: 'pyongyang', from: 'seoul', sides: ['n', 'nw', 'ne'] },
  { id: 'beijing', from: 'seoul', sides: ['w', 'sw', 'nw'] },
  { id: 'tokyo', from: 'seoul', sides: ['e', 'se', 'ne'] },
  { id: 'guam', from: 'pyongyang', sides: ['w', 'sw', 'e'] },
  { id: 'honolulu', from: 'seoul', sides: ['s', 'sw', 'n', 'w'] },
  { id: 'washington', from: 'seoul', sides: ['e', 'se', 'w', 's'] },
];

/** A few country names, to help readers find their way in an unfamiliar projection. */
const COUNTRY_LABELS: Array<{ text: string; at: [number, number]; bloc: BlocId; inside?: boolean }> = [
  { text: 'United States', at: [-99, 40], bloc: 'us', inside: true },
  { text: 'Russia', at: [98, 63], bloc: 'cn' },
  { text: 'China', at: [101, 32], bloc: 'cn' },
];

/** Bearings (degrees clockwise from north) tried, in order, for each ring's label. */
const RING_LABEL_BEARINGS = [0, 15, 345, 30, 330, 45, 315, 180, 200, 160, 135, 225];

let cached: ReachScene | undefined;

/** The reach map, computed once per build (pure, so every page that shows it shares it). */
export function reachScene(): ReachScene {
  return (cached ??= build());
}

function build(): ReachScene {
  const { projection, width, height } = reachFrame();
  const frame = { width, height };
  const at = (id: PlaceId) => projection([places[id].lon, places[id].lat]) as [number, number];
  const [cx, cy] = at('seoul');
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

  // The key sits bottom right, in the open Pacific.
  const entries: KeyEntry[] = [...blocs.map((b) => ({ swatch: b.id, text: b.key })), { swatch: 'ring', text: 'Distance from Seoul' }];
  const key = atBottomRight({ x: 0, y: 0, entries }, width, height, 6);

  // Dots and the key are obstacles for every label, at every size.
  const taken: Box[][] = [keyBoxes(key), ...markPlaces.map(({ x, y }) => fixedBox({ x0: x - 3, y0: y - 3, x1: x + 3, y1: y + 3 }))];
  const labels: MapLabel[] = PLACE_LABELS.map(({ id, from, sides }) => {
    const name = places[id].name;
    const km = from ? formatKm(distanceKm(id, from)) : '';
    const text = !from ? name : from === 'seoul' ? `${name}\n${km}` : `${name}\n${km}\nfrom ${places[from].name}`;
    return { ...placeBeside(text, at(id), sides, frame, taken), kind: 'place' as const };
  });

  const pole = projection([0, 90]) as [number, number];
  const poleLabel: MapLabel = { ...beside('North Pole', pole, 'e', SMALL), kind: 'minor' };
  const countryLabels = COUNTRY_LABELS.map(({ text, at: lonLat, bloc, inside }): MapLabel => ({
    ...centred(text, projection(lonLat) as [number, number]),
    kind: 'country',
    bloc,
    ...(inside ? { inside } : {}),
  }));
  for (const label of [poleLabel, ...countryLabels]) {
    if (!fits(label, frame, taken)) throw new Error(`No room for the label "${label.text}"`);
    taken.push(boxesAtAllSizes(label));
  }

  const ringLabels = RING_KM.map((km): MapLabel => {
    const r = km * unitsPerKm;
    for (const bearing of RING_LABEL_BEARINGS) {
      const b = (bearing * Math.PI) / 180;
      const label: MapLabel = { ...centred(formatKm(km), [cx + r * Math.sin(b), cy - r * Math.cos(b)]), kind: 'ring' };
      if (fits(label, frame, taken)) {
        taken.push(boxesAtAllSizes(label));
        return label;
      }
    }
    throw new Error(`No room for the ${km} km ring label`);
  });

  const near = (['pyongyang', 'beijing', 'tokyo'] as const).map((id) => `${places[id].name} ${formatKm(distanceKm('seoul', id))}`);
  return {
    title: 'Map: distances from Seoul, to its neighbours and to the United States',
    desc:
      'Azimuthal equidistant map centred on Seoul, so that every circle around Seoul is a true distance. ' +
      `Rings mark ${RING_KM.map(formatKm).join(', ')}. From Seoul: ${near.join(', ')}; ` +
      `Honolulu ${formatKm(distanceKm('seoul', 'honolulu'))}; Washington ${formatKm(distanceKm('seoul', 'washington'))}. ` +
      `Guam is ${formatKm(distanceKm('guam', 'pyongyang'))} from Pyongyang. ` +
      'Countries are shaded as on the overview map: the US–Japan–South Korea alliance dark blue, China, Russia and North Korea orange with hatching.',
    width,
    height,
    land,
    countries,
    rings,
    routes,
    places: markPlaces,
    pole,
    labels: [...countryLabels, poleLabel, ...ringLabels, ...labels],
    key,
  };
}
