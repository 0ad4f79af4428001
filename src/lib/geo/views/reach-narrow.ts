import { blocs } from '../../../data/blocs';
import { distanceKm, places, type PlaceId } from '../../../data/places';
import { placed, rect, shows, through, windowAt, type Rect, type Window } from '../compose';
import { formatKm } from '../format';
import { boxesAtAllSizes, centred, fixedBox, type Box, type Side } from '../labels';
import { fitsNarrow, NARROW_LABEL_SIZES, NARROW_WIDTH, narrowKeyBoxes, placeNarrowLabels, type NarrowComposition, type NarrowLabelSpec } from '../narrow';
import { reachFrame } from '../projections';
import { EARTH_RADIUS_KM } from '../rings';
import type { KeyEntry, MapLabel } from './types';
import { closeUpCrop, NEAR, RING_KM, type ReachScene } from './reach';

/**
 * The reach map on a phone: the whole map, named only where it is roomy (Washington,
 * Honolulu, Guam, the far rings), and under it a close-up of Seoul's neighbourhood, three
 * times larger, where Pyongyang, Beijing and Tokyo have room for their names. A box on the
 * whole map shows where the close-up is.
 */

const GAP = 16;

const SIDES: Record<PlaceId, Side[]> = {
  seoul: ['s', 'sw', 'se'],
  pyongyang: ['n', 'nw', 'ne'],
  beijing: ['w', 'sw', 'nw', 's', 'n'],
  tokyo: ['e', 'se', 'ne', 's'],
  guam: ['w', 'sw', 'e', 'nw'],
  honolulu: ['s', 'sw', 'n', 'w'],
  washington: ['e', 'se', 'w', 's'],
};

/** Bearings (degrees clockwise from north) tried, in order, for each ring's label: north first, then ever further round. */
const RING_LABEL_BEARINGS = Array.from({ length: 72 }, (_, i) => (i % 2 ? 360 - 5 * Math.ceil(i / 2) : 5 * (i / 2)));

export interface ReachNarrow extends NarrowComposition {
  /** Where the close-up is, drawn as a box on the whole map (composition units). */
  locator: Rect;
  /** Place marks per window, in composition units. */
  marks: Array<{ id: PlaceId; x: number; y: number }>;
  /** The North Pole, marked on the whole map. */
  pole: [number, number];
}

export function reachNarrow(scene: ReachScene): ReachNarrow {
  const { projection, width, height } = reachFrame();
  const whole = windowAt(rect(0, 0, width, height), 0, 0, NARROW_WIDTH);
  const near = closeUpCrop(scene);
  const closeUp = windowAt(near, 0, placed(whole).height + GAP, NARROW_WIDTH);
  const windows: Window[] = [whole, closeUp];
  const seoul = scene.places.find((p) => p.id === 'seoul')!;
  const unitsPerKm = projection.scale() / EARTH_RADIUS_KM;

  // The key sits top left on the whole map, beyond the pole, where no land the map is about lies.
  const entries: KeyEntry[] = [...blocs.map((b) => ({ swatch: b.id, text: b.key })), { swatch: 'ring', text: 'Distance from Seoul' }];
  const key = { x: 6, y: 6, entries };

  const locator = (() => {
    const [x0, y0] = through(whole, [near.x, near.y]);
    return rect(x0, y0, near.width * whole.scale, near.height * whole.scale);
  })();
  const marks = windows.flatMap((w) =>
    scene.places.filter((p) => shows(w, [p.x, p.y]) && (w === whole || NEAR.includes(p.id))).map((p) => {
      const [x, y] = through(w, [p.x, p.y]);
      return { id: p.id, x, y };
    }),
  );
  const taken: Box[][] = [
    narrowKeyBoxes(key),
    fixedBox({ x0: locator.x - 2, y0: locator.y - 2, x1: locator.x + locator.width + 2, y1: locator.y + locator.height + 2 }, NARROW_LABEL_SIZES),
    ...marks.map(({ x, y }) => fixedBox({ x0: x - 4, y0: y - 4, x1: x + 4, y1: y + 4 }, NARROW_LABEL_SIZES)),
  ];

  const placeSpec = (id: PlaceId, window: number): NarrowLabelSpec => {
    const from: PlaceId | undefined = id === 'seoul' ? undefined : id === 'guam' ? 'pyongyang' : 'seoul';
    const name = places[id].name;
    const km = from ? formatKm(distanceKm(id, from)) : '';
    const text = !from ? name : from === 'seoul' ? `${name}\n${km}` : `${name}\n${km}\nfrom ${places[from].name}`;
    const p = scene.places.find((m) => m.id === id)!;
    return { text, window, point: [p.x, p.y], sides: SIDES[id], kind: 'place' };
  };
  const at = (lon: number, lat: number) => projection([lon, lat]) as [number, number];
  const specs: NarrowLabelSpec[] = [
    ...NEAR.map((id) => placeSpec(id, 1)),
    ...(['washington', 'honolulu', 'guam'] as const).map((id) => placeSpec(id, 0)),
    { text: 'United States', window: 0, at: at(-99, 40), bloc: 'us', inside: true },
    { text: 'Russia', window: 0, at: at(98, 63), bloc: 'cn' },
    { text: 'China', window: 0, at: at(110, 25), bloc: 'cn' },
    { text: 'North Pole', window: 0, point: scene.pole, sides: ['e', 'w'], kind: 'minor' },
  ];
  const labels = placeNarrowLabels(specs, windows, taken);

  // Ring labels: the 1,000 km ring on the close-up, the others on the whole map.
  const ringLabels = RING_KM.map((km): MapLabel => {
    const w = km <= 1000 ? closeUp : whole;
    const frame = { x0: placed(w).x, y0: placed(w).y, x1: placed(w).x + placed(w).width, y1: placed(w).y + placed(w).height };
    const r = km * unitsPerKm;
    for (const bearing of RING_LABEL_BEARINGS) {
      const b = (bearing * Math.PI) / 180;
      const point = through(w, [seoul.x + r * Math.sin(b), seoul.y - r * Math.cos(b)]);
      const label: MapLabel = { ...centred(formatKm(km), point), kind: 'ring' };
      if (fitsNarrow(label, frame, taken)) {
        taken.push(boxesAtAllSizes(label, NARROW_LABEL_SIZES));
        return label;
      }
    }
    throw new Error(`No room for the ${km} km ring label on the narrow reach map`);
  });

  const bottom = placed(closeUp).y + placed(closeUp).height;
  return {
    width: NARROW_WIDTH,
    height: Math.ceil(bottom),
    windows,
    labels: [...labels, ...ringLabels],
    key,
    locator,
    marks,
    pole: through(whole, scene.pole),
  };
}
