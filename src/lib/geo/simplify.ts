import type { Topology } from 'topojson-specification';

export type Point = [number, number];
/** Projects a longitude/latitude pair to map units; null where the projection cannot. */
export type Project = (lonLat: Point) => Point | null | undefined;

/**
 * Visvalingam–Whyatt on one polyline: the indices to keep. The point whose triangle with its
 * neighbours is smallest goes first, its neighbours' triangles are measured again, and so on
 * until every interior point left spans at least `minArea`. Endpoints are always kept. Pure and
 * planar. Dropping by area rather than by distance (Douglas–Peucker) keeps a coast's character at
 * few points: no spikes, no shaved capes. At least `keepAtLeast` points stay (ends included).
 * Quadratic, which is nothing at 1:110m (arcs of at most a few hundred points).
 */
export function simplifyLine(points: readonly Point[], minArea: number, keepAtLeast = 2): number[] {
  const kept = points.map((_, i) => i);
  while (kept.length > Math.max(2, keepAtLeast)) {
    let smallest = -1;
    let smallestArea = minArea;
    for (let k = 1; k < kept.length - 1; k++) {
      const area = triangleArea(points[kept[k - 1]!]!, points[kept[k]!]!, points[kept[k + 1]!]!);
      if (area < smallestArea) [smallest, smallestArea] = [k, area];
    }
    if (smallest < 0) break;
    kept.splice(smallest, 1);
  }
  return kept;
}

function triangleArea([ax, ay]: Point, [bx, by]: Point, [cx, cy]: Point): number {
  return Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2;
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
 * borders stay identical on both sides. `minArea` (map units², see `simplifyLine`) may differ
 * by arc, by its index (see `arcsOf`) or by where it falls on the map. A closed arc (an island)
 * keeps at least a triangle; dropping islands too small to see is left to the renderer.
 */
export function simplifyTopology<T extends Topology>(
  topology: T,
  project: Project,
  minArea: number | ((arcIndex: number, projected: readonly Point[]) => number),
): T {
  const arcs = decodeArcs(topology).map((arc, index) => {
    const projected = arc.map((p) => project(p));
    // A point the projection cannot place is kept, with its neighbours' line through it.
    if (projected.some((p) => !p)) return arc;
    const xy = projected as Point[];
    const least = typeof minArea === 'number' ? minArea : minArea(index, xy);
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
      // An island never loses triangles larger than a sixteenth of its own span squared, and each
      // half keeps a point besides its ends: a small or thin island keeps its shape (and its
      // area) instead of thinning to a sliver that the map then drops.
      const islandArea = Math.min(least, farD / 16);
      const a = simplifyLine(xy.slice(0, far + 1), islandArea, 3);
      const b = simplifyLine(xy.slice(far), islandArea, 3).map((i) => i + far);
      kept = [...a, ...b.slice(1)];
      if (kept.length < 4) return arc;
    } else {
      kept = simplifyLine(xy, least);
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
