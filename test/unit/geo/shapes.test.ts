import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { blocOf } from '../../../src/data/blocs';
import { pathData } from '../../../src/lib/geo/pathData';
import { alignmentsFrame, overviewFrame } from '../../../src/lib/geo/projections';
import { mapShapes, type ShapeOptions } from '../../../src/lib/geo/shapes';
import { world } from '../../../src/lib/geo/topology';
import { pathPoints } from '../../support/geo';

/** Filled area of compact path data (relative "m" moves and pairs, "z"), by the shoelace formula per ring. */
function filledArea(d: string): number {
  let total = 0;
  let [x, y] = [0, 0];
  for (const [, args] of d.matchAll(/m([^m]*)/g)) {
    for (const ring of args!.split('z').filter((r) => r.trim())) {
      const numbers = (ring.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
      const points: Array<[number, number]> = [];
      for (let i = 0; i < numbers.length; i += 2) {
        [x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
        points.push([x, y]);
      }
      let twice = 0;
      points.forEach(([x0, y0], i) => {
        const [x1, y1] = points[(i + 1) % points.length]!;
        twice += x0 * y1 - x1 * y0;
      });
      total += twice / 2;
      [x, y] = points[0]!; // "z" goes back to the ring's start
    }
  }
  return Math.abs(total);
}

const options: ShapeOptions = { minTriangle: 0.25, quietMinTriangle: 2, minArea: 0, quietMinArea: 0 };

describe('mapShapes', () => {
  const { projection } = overviewFrame();
  const shapes = mapShapes(projection, options);

  it('draws apart only the states of the blocs and those the essay names, by default', () => {
    expect(shapes.countries.length).toBeGreaterThan(15);
    for (const c of shapes.countries) expect(blocOf(c.iso), c.name).not.toBe('other');
    expect(shapes.countries.map((c) => c.iso)).not.toContain(158); // Taiwan is quiet land
  });

  it('draws apart whichever states a view asks for', () => {
    const { countries } = mapShapes(projection, { ...options, apart: (iso) => iso === 76 || iso === 392 });
    expect(countries.map((c) => c.iso).sort((a, b) => a - b)).toEqual([76, 392]);
  });

  it('merges the rest of the land into one path that meets the states exactly: no gap, no overlap', () => {
    const all = mapShapes(projection, { ...options, land: 'all' });
    const states = shapes.countries.reduce((sum, c) => sum + filledArea(c.d), 0);
    expect(Math.abs(filledArea(shapes.land) + states - filledArea(all.land)) / filledArea(all.land)).toBeLessThan(0.002);
  });

  it('covers all the atlas land, states without an ISO code included (Somaliland, Kosovo, N. Cyprus)', () => {
    const frame = alignmentsFrame(352);
    const exact = { minTriangle: 0, minArea: 0, step: 0.1 } as const; // no simplification, no specks dropped
    const { land } = mapShapes(frame.projection, { ...exact, land: 'all' });
    const path = geoPath(frame.projection);
    const atlasLand = filledArea(pathData(frame.projection, feature(world, world.objects.land)).d);
    const uncoded = world.objects.countries.geometries.filter((g) => Number(g.id) < 0);
    expect(uncoded.map((g) => (g.properties as { name: string }).name).sort()).toEqual(['Kosovo', 'N. Cyprus', 'Somaliland']);
    const somaliland = path.area(
      feature(
        world,
        uncoded.find((g) => g.id === '-3')!,
      ),
    );
    // The land is the atlas's, to rounding: far closer than Somaliland's area, so it is no hole.
    expect(Math.abs(filledArea(land) - atlasLand)).toBeLessThan(somaliland / 10);
  });

  it('drops specks of quiet land below quietMinArea but keeps the states apart', () => {
    const coarse = mapShapes(projection, { ...options, quietMinArea: 20 });
    expect(coarse.land.match(/m/g)!.length).toBeLessThan(shapes.land.match(/m/g)!.length);
    expect(coarse.countries.map((c) => c.iso)).toEqual(shapes.countries.map((c) => c.iso));
  });

  it('gives each state the box of the points its path data draws', () => {
    for (const c of shapes.countries) {
      const points = pathPoints(c.d);
      const box = {
        x0: Math.min(...points.map((p) => p[0])),
        y0: Math.min(...points.map((p) => p[1])),
        x1: Math.max(...points.map((p) => p[0])),
        y1: Math.max(...points.map((p) => p[1])),
      };
      for (const side of ['x0', 'y0', 'x1', 'y1'] as const) expect(c.bounds[side], `${c.name} ${side}`).toBeCloseTo(box[side], 6);
    }
  });

  it('snaps path data to the grid it is given', () => {
    const whole = mapShapes(projection, { ...options, step: 1, quietStep: 1 });
    for (const d of [whole.land, ...whole.countries.map((c) => c.d)]) expect(d).not.toMatch(/\./);
    const half = mapShapes(projection, { ...options, step: 0.5, quietStep: 1 });
    for (const c of half.countries) expect(c.d.match(/\.\d/g) ?? []).toSatisfy((m: string[]) => m.every((f) => f === '.5'));
  });

  it('never draws an island that simplification collapsed as the whole globe (Indonesia at a coarse tolerance)', () => {
    const { projection, width, height } = alignmentsFrame(352);
    // At these tolerances one of Indonesia's islands comes out as a sliver wound the other way.
    const coarse = { minTriangle: 8, quietMinTriangle: 8, minArea: 0, quietMinArea: 0, step: 1, land: 'all' } as const;
    const exact = { minTriangle: 0, minArea: 0, step: 0.1, land: 'all' } as const;
    const drawn = mapShapes(projection, { ...coarse, apart: (iso) => iso === 360 });
    const truth = mapShapes(projection, { ...exact, apart: (iso) => iso === 360 });
    const indonesia = drawn.countries.find((c) => c.iso === 360)!;
    expect(indonesia.area).toBeLessThan(truth.countries[0]!.area * 1.2);
    expect(filledArea(drawn.land)).toBeLessThan(filledArea(truth.land) * 1.05);
    expect(filledArea(drawn.land)).toBeLessThan(width * height * 0.5);
  });

  it('keeps more of the land a phone close-up enlarges, and only there', () => {
    const { projection } = overviewFrame();
    const coarse = { ...options, minTriangle: 4, apart: (iso: number) => iso === 392 || iso === 36 };
    const japan = mapShapes(projection, coarse).countries;
    const korea = projection([127.5, 36.5])!;
    const box = { x: korea[0] - 40, y: korea[1] - 40, width: 80, height: 80 }; // Korea and Japan, not Australia
    const zoomed = mapShapes(projection, { ...coarse, closeUps: [{ box, minTriangle: 0.05 }] }).countries;
    const points = (shapes: typeof japan, iso: number) => shapes.find((c) => c.iso === iso)!.d.split(/[\s,-]+/).length;
    expect(points(zoomed, 392)).toBeGreaterThan(points(japan, 392) * 1.3);
    expect(points(zoomed, 36)).toBe(points(japan, 36));
  });
});
