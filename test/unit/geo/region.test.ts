import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { overviewRegion } from '../../../src/lib/geo/projections';
import { lonLatBox } from '../../../src/lib/geo/region';

/** Area of a longitude/latitude box on the unit sphere: Δλ (sin φ1 − sin φ0). */
const bandArea = (west: number, east: number, south: number, north: number) =>
  (((east - west) * Math.PI) / 180) * (Math.sin((north * Math.PI) / 180) - Math.sin((south * Math.PI) / 180));

describe('hand-made polygons', () => {
  it('wind clockwise, so a small box is its small side (geoArea < 2π)', () => {
    const box = lonLatBox(120, 135, 30, 45);
    expect(geoArea(box)).toBeLessThan(2 * Math.PI);
    expect(geoArea(box)).toBeCloseTo(bandArea(120, 135, 30, 45), 3);
    expect(geoContains(box, [127, 37])).toBe(true);
    expect(geoContains(box, [-77, 38])).toBe(false);
  });

  it('cross the antimeridian when asked to', () => {
    const box = lonLatBox(170, 200, -10, 10);
    expect(geoArea(box)).toBeLessThan(2 * Math.PI);
    expect(geoContains(box, [-170, 0])).toBe(true);
    expect(geoContains(box, [0, 0])).toBe(false);
  });

  it('give the overview region its true area (it is larger than a hemisphere, and the inside is the Pacific)', () => {
    expect(geoArea(overviewRegion)).toBeCloseTo(bandArea(64, 292, -45, 76), 2);
    expect(geoContains(overviewRegion, [-160, 0])).toBe(true);
    expect(geoContains(overviewRegion, [0, 0])).toBe(false);
  });

  it('refuse an empty box', () => {
    expect(() => lonLatBox(10, 10, 0, 5)).toThrow();
  });
});
