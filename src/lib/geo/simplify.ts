import type { Topology } from 'topojson-specification';

export type Point = [number, number];
/** Projects a longitude/latitude pair to map units; null where the projection cannot. */
export type Project = (lonLat: Point) => Point | null | undefined;

/**
 * Douglas–Peucker on one polyline: the indices to keep so that no dropped point lies farther
 * than `tolerance` from the kept line. Endpoints are always kept. Pure and planar.
 */
export function simplifyLine(points: readonly Point[], tolerance: number): number[] {
  const n = points.length;
  if (n <= 2) return points.map((_, i) => i);
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const stack: Array<[number, number]> = [[0, n - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstD2 = tol2;
    for (let i = first + 1; i < last; i++) {
      const d2 = segmentDistance2(points[i]!, points[first]!, points[last]!);
      if (d2 > worstD2) [worst, worstD2] = [i, d2];
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return [...keep.keys()].filter((i) => keep[i]);
}

function segmentDistance2([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/** Absolute longitude/latitude arcs of a topology, undoing quantization and delta encoding. */
export function decodeArcs(topology: Topology): Point[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((position) => {
      if (!t) return [position[0]!, position[1]!];
      x += position[0]!;
      y += position[1]!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

/**
 * A copy of the topology whose arcs are simplified in projected map units, so the result is
 * as detailed as the map it is drawn on and no more. Arcs are shared between neighbours, so
 * borders stay identical on both sides. `tolerance` may differ by arc (see `arcsOf`). A closed arc (an island) keeps at least a triangle;
 * dropping islands too small to see is left to the renderer.
 */
export function simplifyTopology<T extends Topology>(
  topology: T,
  project: Project,
  tolerance: number | ((arcIndex: number) => number),
): T {
  const arcs = decodeArcs(topology).map((arc, index) => {
    const tol = typeof tolerance === 'number' ? tolerance : tolerance(index);
    const projected = arc.map((p) => project(p));
    // A point the projection cannot place is kept, with its neighbours' line through it.
    if (projected.some((p) => !p)) return arc;
    const xy = projected as Point[];
    const closed = arc.length > 3 && xy[0]![0] === xy.at(-1)![0] && xy[0]![1] === xy.at(-1)![1];
    let kept: number[];
    if (closed) {
      // Split at the point farthest from the start, so both halves have distinct endpoints.
      let far = 1;
      let farD = -1;
      xy.forEach(([x, y], i) => {
        const d = (x - xy[0]![0]) ** 2 + (y - xy[0]![1]) ** 2;
        if (d > farD) [far, farD] = [i, d];
      });
      const a = simplifyLine(xy.slice(0, far + 1), tol);
      const b = simplifyLine(xy.slice(far), tol).map((i) => i + far);
      kept = [...a, ...b.slice(1)];
      if (kept.length < 4) return arc;
    } else {
      kept = simplifyLine(xy, tol);
    }
    return kept.map((i) => arc[i]!);
  });
  const { transform: _transform, bbox: _bbox, ...rest } = topology;
  return { ...rest, arcs } as unknown as T;
}

/** Indices of the arcs a topology geometry's rings use (a negative index ~i means arc i reversed). */
export function arcsOf(geometry: object): number[] {
  const arcs = 'arcs' in geometry ? (geometry.arcs as unknown[]) : [];
  const flat = arcs.flat(2);
  return (flat as number[]).map((i) => (i < 0 ? ~i : i));
}
