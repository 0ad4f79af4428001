import { geoDistance } from 'd3-geo';
import { shows, type Window } from '../../src/lib/geo/compose';
import { EARTH_RADIUS_KM } from '../../src/lib/geo/rings';

/** Great-circle distance in km between two [lon, lat] points, to check the fact sheet's distances. */
export function greatCircleKm(a: [number, number], b: [number, number]): number {
  return geoDistance(a, b) * EARTH_RADIUS_KM;
}

/** The points that no window shows. */
export function unseen(windows: readonly Window[], points: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  return points.filter((p) => !windows.some((w) => shows(w, p)));
}

/**
 * The absolute points of SVG path data written with m/M, l/L and z/Z, read the way a renderer
 * reads them: a first "m" is absolute, pairs after a moveto are line-tos of the same kind, and
 * "z" returns the current point to the subpath's start. Each subpath is one ring. (Only the tests
 * read path data back; the maps take boxes from the path context that wrote it.)
 */
export function pathRings(d: string): number[][][] {
  const out: number[][][] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const [, cmd, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    if (cmd === 'z' || cmd === 'Z') {
      [x, y] = [startX, startY];
      continue;
    }
    const numbers = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i < numbers.length; i += 2) {
      const relative = cmd === 'm' || cmd === 'l';
      const first = out.length === 0 && i === 0; // a path's first moveto is absolute
      const [a, b] = [numbers[i]!, numbers[i + 1]!];
      [x, y] = relative && !first ? [x + a, y + b] : [a, b];
      [x, y] = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
      if (i === 0 && (cmd === 'm' || cmd === 'M')) {
        [startX, startY] = [x, y];
        out.push([[x, y]]);
      } else out.at(-1)!.push([x, y]);
    }
  }
  return out;
}

/** Every point of path data, in map units. */
export function pathPoints(d: string): Array<[number, number]> {
  return pathRings(d).flat() as Array<[number, number]>;
}
