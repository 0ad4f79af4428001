import { describe, expect, it } from 'vitest';
import { arcsOf, decodeArcs, simplifyLine, simplifyTopology, type Point } from '../../../src/lib/geo/simplify';
import { world } from '../../../src/lib/geo/topology';

describe('simplifyLine (Visvalingam–Whyatt)', () => {
  it('keeps the ends and every point whose triangle spans at least the area, dropping the rest', () => {
    // Triangles with their neighbours: index 1 spans 0.15, index 3 spans 5.
    const line: Point[] = [
      [0, 0],
      [1, 0.1],
      [2, -0.1],
      [3, 5],
      [4, 0],
      [5, 0],
    ];
    // Once index 1 is gone, index 2 is the foot of the spike (5.15 against its new neighbours).
    expect(simplifyLine(line, 0.5)).toEqual([0, 2, 3, 4, 5]);
    expect(simplifyLine(line, 6)).toEqual([0, 3, 5]);
  });

  it('measures a point again once a neighbour is gone, so a gentle curve keeps its bulge', () => {
    // Every corner of this shallow arc spans 0.125 against its neighbours; the bulge spans more.
    const arc: Point[] = [
      [0, 0],
      [1, 0.5],
      [2, 0.75],
      [3, 0.75],
      [4, 0.5],
      [5, 0],
    ];
    expect(simplifyLine(arc, 0.3)).toEqual([0, 2, 4, 5]);
    expect(simplifyLine(arc, 3)).toEqual([0, 5]);
  });

  it('drops nothing when the area is zero, and keeps two-point lines', () => {
    const line: Point[] = [
      [0, 0],
      [1, 1],
      [2, 0],
    ];
    expect(simplifyLine(line, 0)).toEqual([0, 1, 2]);
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 1],
        ],
        10,
      ),
    ).toEqual([0, 1]);
  });
});

describe('simplifyTopology', () => {
  const identity = (p: Point) => p;

  it('simplifies arcs, not rings, so neighbours keep identical borders', () => {
    const simplified = simplifyTopology(world, identity, 0.25);
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

  it('hands each arc its projected points, so the area can depend on where the arc lies', () => {
    const seen: number[] = [];
    simplifyTopology(world, identity, (i, xy) => {
      if (xy.some(([x, y]) => x > 124 && x < 131 && y > 33 && y < 39)) seen.push(i); // around Korea
      return 0;
    });
    const korea = world.objects.countries.geometries.find((g) => g.id === '410')!;
    for (const i of arcsOf(korea)) expect(seen).toContain(i);
  });

  it('generalises an island by no more than a sixteenth of its span squared: never below a triangle, never left whole', () => {
    const before = decodeArcs(world);
    const simplified = simplifyTopology(world, identity, 1e6).arcs as Point[][];
    const islands = before.flatMap((arc, i) => (arc.length > 12 && arc[0]![0] === arc.at(-1)![0] && arc[0]![1] === arc.at(-1)![1] ? [i] : []));
    expect(islands.length).toBeGreaterThan(20);
    // An area this large would leave each half of an island only its two ends: a sliver.
    for (const i of islands) {
      expect(simplified[i]!.length, `island arc ${i}`).toBeGreaterThanOrEqual(4); // closed: a triangle at least
      expect(simplified[i]!.length, `island arc ${i}`).toBeLessThan(before[i]!.length);
    }
  });
});
