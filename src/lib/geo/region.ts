import type { Polygon } from 'geojson';

/**
 * A longitude/latitude box as a spherical polygon, for fitting a projection to a region.
 * Edges are densified every `step` degrees so they follow parallels and meridians rather than
 * great circles, and the ring runs clockwise (west edge north, then east along the top), which
 * d3-geo reads as "the small side" (area < 2π). `east` may exceed 180 to cross the antimeridian.
 */
export function lonLatBox(west: number, east: number, south: number, north: number, step = 2): Polygon {
  if (!(east > west) || !(north > south)) throw new Error('lonLatBox needs west < east and south < north');
  const along = (from: number, to: number) => {
    const n = Math.max(1, Math.ceil(Math.abs(to - from) / step));
    return Array.from({ length: n }, (_, i) => from + ((to - from) * i) / n);
  };
  const ring: Array<[number, number]> = [
    ...along(south, north).map((lat): [number, number] => [west, lat]),
    ...along(west, east).map((lon): [number, number] => [lon, north]),
    ...along(north, south).map((lat): [number, number] => [east, lat]),
    ...along(east, west).map((lon): [number, number] => [lon, south]),
  ];
  ring.push(ring[0]!);
  return { type: 'Polygon', coordinates: [ring] };
}
