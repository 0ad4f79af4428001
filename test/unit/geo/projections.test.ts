import { geoCentroid, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { memberships } from '../../../src/data/memberships';
import { places } from '../../../src/data/places';
import { alignmentsFrame, overviewFrame, reachBoxKm, reachFrame, type Frame } from '../../../src/lib/geo/projections';
import { EARTH_RADIUS_KM } from '../../../src/lib/geo/rings';
import { greatCircleKm } from '../../support/geo';
import { countryFeatures } from '../../../src/lib/geo/topology';

const features = new Map(countryFeatures().map((f) => [f.properties.iso, f]));
const BLOC_COUNTRIES = [840, 392, 410, 156, 643, 408];

const inside = ({ width, height }: Frame, [x, y]: [number, number]) => x >= 0 && x <= width && y >= 0 && y <= height;

describe('overview projection', () => {
  const frame = overviewFrame();

  it('puts all six bloc countries inside the viewBox', () => {
    for (const iso of BLOC_COUNTRIES) {
      const f = features.get(iso)!;
      expect(inside(frame, frame.projection(geoCentroid(f))!), `centroid of ${iso}`).toBe(true);
      expect(geoPath(frame.projection).area(f), `visible area of ${iso}`).toBeGreaterThan(20);
    }
  });

  it('shows the whole of Japan, both Koreas, the US mainland, Hawaii and the capitals of the blocs', () => {
    const unclipped = overviewFrame().projection.clipExtent(null);
    for (const iso of [392, 410, 408]) {
      const [[x0, y0], [x1, y1]] = geoPath(unclipped).bounds(features.get(iso)!);
      expect(inside(frame, [x0, y0]) && inside(frame, [x1, y1]), `all of ${iso}`).toBe(true);
    }
    for (const id of ['seoul', 'pyongyang', 'beijing', 'tokyo', 'washington', 'honolulu'] as const) {
      expect(inside(frame, frame.projection([places[id].lon, places[id].lat])!), id).toBe(true);
    }
  });

  it('is centred on the Pacific, with Asia on the left and the US on the right', () => {
    const x = (lon: number, lat: number) => frame.projection([lon, lat])![0];
    expect(x(places.seoul.lon, places.seoul.lat)).toBeLessThan(x(places.honolulu.lon, places.honolulu.lat));
    expect(x(places.honolulu.lon, places.honolulu.lat)).toBeLessThan(x(places.washington.lon, places.washington.lat));
    expect(x(180, 0)).toBeGreaterThan(frame.width * 0.4);
    expect(x(180, 0)).toBeLessThan(frame.width * 0.6);
  });
});

describe('reach projection', () => {
  const frame = reachFrame();

  it('is centred on Seoul and true to scale along every line from it', () => {
    const seoul = frame.projection([places.seoul.lon, places.seoul.lat])!;
    const unitsPerKm = frame.projection.scale() / EARTH_RADIUS_KM;
    for (const id of ['pyongyang', 'beijing', 'tokyo', 'guam', 'honolulu', 'washington'] as const) {
      const p = frame.projection([places[id].lon, places[id].lat])!;
      expect(inside(frame, p), id).toBe(true);
      const km = Math.hypot(p[0] - seoul[0], p[1] - seoul[1]) / unitsPerKm;
      expect(km).toBeCloseTo(greatCircleKm([places.seoul.lon, places.seoul.lat], [places[id].lon, places[id].lat]), 6);
    }
    expect(seoul[0]).toBeCloseTo((-reachBoxKm.west / (reachBoxKm.east - reachBoxKm.west)) * frame.width, 6);
  });

  it('shows some of each bloc country', () => {
    for (const iso of BLOC_COUNTRIES) expect(geoPath(frame.projection).area(features.get(iso)!), `${iso}`).toBeGreaterThan(20);
  });
});

describe('alignments projection', () => {
  const frame = alignmentsFrame(352);
  const unclipped = alignmentsFrame(352).projection.clipExtent(null);
  const shown = new Set(memberships.flatMap((m) => [...m.members, ...(m.notes ?? []).map((n) => n.iso)]));

  it('shows every member of every group, and the state BRICS invited, nearly whole', () => {
    for (const iso of shown) {
      const f = features.get(iso);
      if (!f) continue; // Singapore: drawn as a dot (see data.test.ts)
      expect(inside(frame, frame.projection(geoCentroid(f))!), `centroid of ${iso}`).toBe(true);
      // Only Russia's Arctic islands above 78°N may fall outside the crop.
      const share = geoPath(frame.projection).area(f) / geoPath(unclipped).area(f);
      expect(share, `visible share of ${iso}`).toBeGreaterThan(iso === 643 ? 0.97 : 0.999);
    }
  });

  it('crops to the members: 12°E (South Africa, Belarus) east to 30°W (Brazil), 47°S to 78°N', () => {
    expect(frame.width).toBe(352);
    const [west, east] = [frame.projection([12, 0])!, frame.projection([-30, 0])!];
    expect(west[0]).toBeCloseTo(0, 1);
    expect(east[0]).toBeCloseTo(352, 1);
    expect(frame.projection([171, 78])![1]).toBeCloseTo(0, 6);
    expect(frame.projection([171, -47])![1]).toBeCloseTo(frame.height, 0);
    // The mid-Atlantic, where no member lies, is left out.
    expect(inside(frame, frame.projection([-15, 10])!)).toBe(false);
    expect(inside(frame, frame.projection([5, 10])!)).toBe(false);
  });
});
