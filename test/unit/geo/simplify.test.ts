import { describe, expect, it } from 'vitest';
import { arcsOf, decodeArcs, simplifyLine, simplifyTopology, type Point } from '../../../src/lib/geo/simplify';
import { world } from '../../../src/lib/geo/topology';

describe('simplifyLine', () => {
  it('keeps the ends and every point farther than the tolerance from the line', () => {
    const line: Point[] = [[0, 0], [1, 0.1], [2, -0.1], [3, 5], [4, 0], [5, 0]];
    const kept = simplifyLine(line, 0.5);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(5);
    expect(kept).toContain(3);
    expect(kept).not.toContain(1);
  });

  it('drops nothing when the tolerance is zero, and keeps two-point lines', () => {
    const line: Point[] = [[0, 0], [1, 1], [2, 0]];
    expect(simplifyLine(line, 0)).toEqual([0, 1, 2]);
    expect(simplifyLine([[0, 0], [1, 1]], 10)).toEqual([0, 1]);
  });
});

describe('simplifyTopology', () => {
  const identity = (p: Point) => p;

  it('simplifies arcs, not rings, so neighbours keep identical borders', () => {
    const simplified = simplifyTopology(world, identity, 0.5);
    const before = decodeArcs(world);
    const after = simplified.arcs as Point[][];
    expect(after).toHaveLength(before.length);
    let pointsBefore = 0;
    let pointsAfter = 0;
    after.forEach((arc, i) => {
      const original = before[i]!;
      pointsBefore += original.length;
      pointsAfter += arc.length;
      expect(arc[0]).toEqual(original[0]);
      expect(arc.at(-1)).toEqual(original.at(-1));
    });
    expect(pointsAfter).toBeLessThan(pointsBefore * 0.8);
    expect(simplified.transform).toBeUndefined();
  });

  it('can be coarser on some arcs than others', () => {
    const korea = world.objects.countries.geometries.find((g) => g.id === '410')!;
    const fine = new Set(arcsOf(korea));
    const simplified = simplifyTopology(world, identity, (i) => (fine.has(i) ? 0 : 5));
    const before = decodeArcs(world);
    for (const i of fine) expect((simplified.arcs as Point[][])[i]).toEqual(before[i]);
  });
});
