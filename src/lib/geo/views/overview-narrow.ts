import { blocs } from '../../../data/blocs';
import { places } from '../../../data/places';
import { around, clampTo, placed, rect, shows, through, windowAt, type Rect } from '../compose';
import { fixedBox, type Box } from '../labels';
import { NARROW_LABEL_SIZES, NARROW_WIDTH, narrowKeyBoxes, placeNarrowLabels, type NarrowComposition, type NarrowLabelSpec } from '../narrow';
import { overviewFrame } from '../projections';
import type { OverviewScene } from './overview';

/**
 * The overview on a phone: the Pacific-wide map is cut in two and stacked, each part about
 * 1.8 times as large as the whole would be, both at one scale. Above, Asia: China, Russia and
 * North Korea beside Japan and South Korea, with the states the essay names as taking neither
 * side (Australia, left plain, falls outside this crop).
 * Below, across the Pacific, the United States with Alaska and Hawaii. The key gets a strip
 * of its own, so it covers no land.
 */

const GAP = 16;
/** Room around each crop, in map units, so coasts do not touch the edge. */
const PAD = 4;

/** The two crops: the United States, and everything else the map colours or names. */
export function overviewCrops(scene: Pick<OverviewScene, 'countries' | 'dots' | 'width' | 'height'>): { asia: Rect; america: Rect } {
  const frame = rect(0, 0, scene.width, scene.height);
  const us = scene.countries.filter((c) => c.iso === 840).map((c) => c.bounds);
  const rest = [
    ...scene.countries.filter((c) => c.iso !== 840).map((c) => c.bounds),
    ...scene.dots.map((d) => ({ x0: d.x, y0: d.y, x1: d.x, y1: d.y })),
  ];
  return { asia: clampTo(around(rest, PAD), frame), america: clampTo(around(us, PAD), frame) };
}

const lonLat = (lon: number, lat: number): [number, number] => [lon, lat];

export function overviewNarrow(scene: OverviewScene): NarrowComposition {
  const { projection } = overviewFrame();
  const at = (p: [number, number]) => projection(p) as [number, number];
  const { asia, america } = overviewCrops(scene);
  // Both parts at one scale, so the Pacific's width reads true; America sits to the right, east.
  const top = windowAt(asia, 0, 0, NARROW_WIDTH);
  const below = { source: america, scale: top.scale, y: placed(top).height + GAP, x: NARROW_WIDTH - america.width * top.scale };
  const windows = [top, below];
  const bottom = below.y + america.height * top.scale;

  // The key: a strip of its own under the map, so it covers nothing.
  const entries = blocs.map((b) => ({ swatch: b.id, text: b.key }));
  const key = { x: 0, y: bottom + GAP, entries };
  const keyBox = narrowKeyBoxes(key);
  const height = Math.ceil(keyBox.at(-1)!.y1) + 2;

  const specs: NarrowLabelSpec[] = [
    { text: 'Russia', window: 0, at: at(lonLat(103, 62)), bloc: 'cn' },
    { text: 'China', window: 0, at: at(lonLat(101, 33)), bloc: 'cn' },
    { text: 'N. Korea', window: 0, point: at(lonLat(126.4, 40.2)), dx: -1.2, dy: -0.9, leader: true, bloc: 'cn' },
    { text: 'S. Korea', window: 0, point: at(lonLat(127.9, 35.6)), dx: 0.9, dy: 2.2, leader: true, bloc: 'us' },
    { text: 'Japan', window: 0, point: at(lonLat(140.6, 37)), sides: ['e', 'ne', 'se'], bloc: 'us' },
    { text: 'India', window: 0, at: at(lonLat(78.5, 21)), bloc: 'named' },
    { text: 'ASEAN', window: 0, at: at(lonLat(113.5, 12.5)), kind: 'group', bloc: 'named' },
    { text: 'Pacific\nOcean', window: 0, at: at(lonLat(168, 10)), kind: 'sea' },
    { text: 'United States', window: 1, at: at(lonLat(-100.5, 40)), bloc: 'us', inside: true },
    { text: 'Alaska', window: 1, at: at(lonLat(-152, 64.5)), bloc: 'us', inside: true, kind: 'minor' },
    { text: 'Hawaii', window: 1, point: at([places.honolulu.lon, places.honolulu.lat]), sides: ['e', 'ne', 'n'], kind: 'minor', bloc: 'us' },
  ];
  // Labels keep clear of the key and of the dots for states too small to draw (Singapore).
  const dots = scene.dots.flatMap((d) =>
    windows.filter((w) => shows(w, [d.x, d.y])).map((w) => {
      const [x, y] = through(w, [d.x, d.y]);
      const r = 3 * w.scale;
      return fixedBox({ x0: x - r, y0: y - r, x1: x + r, y1: y + r }, NARROW_LABEL_SIZES);
    }),
  );
  const taken = [keyBox, ...dots];
  return { width: NARROW_WIDTH, height, windows, labels: placeNarrowLabels(specs, windows, taken), key };
}
