import { geoArea, geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { distances, places } from '../../../src/data/places';
import { distanceRing, EARTH_RADIUS_KM, kmToDegrees, ringPrecision } from '../../../src/lib/geo/rings';
import { greatCircleKm } from '../../support/geo';

const lonLat = (id: keyof typeof places): [number, number] => [places[id].lon, places[id].lat];

describe('distance rings', () => {
  it('converts km to degrees of arc as km / 6371 × 180 / π', () => {
    expect(kmToDegrees(6371)).toBeCloseTo(180 / Math.PI, 10);
    expect(kmToDegrees(1000)).toBeCloseTo(8.9932, 4);
    expect(kmToDegrees(Math.PI * EARTH_RADIUS_KM)).toBeCloseTo(180, 10);
  });

  it('draws every ring point at the ring distance from the centre', () => {
    for (const km of [195, 1000, 5000, 10000]) {
      const ring = distanceRing(lonLat('seoul'), km);
      for (const p of ring.coordinates[0]!) {
        expect(geoDistance(lonLat('seoul'), p as [number, number]) * EARTH_RADIUS_KM).toBeCloseTo(km, 3);
      }
    }
  });

  it('winds rings so their inside is the small side (area < 2π) up to a hemisphere', () => {
    for (const km of [1000, 5000, 10000]) {
      const area = geoArea(distanceRing(lonLat('seoul'), km));
      expect(area).toBeLessThan(2 * Math.PI);
      // A spherical cap of angular radius r has area 2π(1 − cos r).
      expect(area).toBeCloseTo(2 * Math.PI * (1 - Math.cos(km / EARTH_RADIUS_KM)), 3);
    }
  });

  it('picks a ring precision that keeps the drawn circle within tolerance', () => {
    const step = ringPrecision(600, 0.5);
    expect(600 * (1 - Math.cos(((step / 2) * Math.PI) / 180))).toBeLessThanOrEqual(0.5 + 1e-9);
    expect(ringPrecision(0.1, 0.5)).toBe(10);
    expect(ringPrecision(1e6, 0.5)).toBe(0.5);
  });
});

describe('distances on the map (facts.md section F)', () => {
  it('match the fact sheet within 1% when computed from its coordinates', () => {
    for (const d of distances) {
      const computed = greatCircleKm(lonLat(d.from), lonLat(d.to));
      expect(Math.abs(computed - d.km) / d.km, `${d.from}–${d.to}`).toBeLessThan(0.01);
    }
  });
});
