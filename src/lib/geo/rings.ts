import { geoCircle } from 'd3-geo';
import type { Polygon } from 'geojson';

/** Earth's mean radius, as the fact sheet's distances use it. */
export const EARTH_RADIUS_KM = 6371;

/** Great-circle radius in degrees of arc for a distance on the ground: km / 6371 × 180 / π. */
export function kmToDegrees(km: number): number {
  return (km / EARTH_RADIUS_KM) * (180 / Math.PI);
}

/** Every point `km` from `center` on the sphere: a true distance ring, whatever the projection. */
export function distanceRing(center: [number, number], km: number, precision = 1): Polygon {
  return geoCircle().center(center).radius(kmToDegrees(km)).precision(precision)();
}

/**
 * The geoCircle precision (degrees of bearing between points) that keeps a ring drawn
 * `radius` map units wide within `tolerance` units of the true circle: the chord's sagitta
 * r(1 − cos(θ/2)) stays under the tolerance. Clamped to 0.5°–10°.
 */
export function ringPrecision(radius: number, tolerance: number): number {
  if (radius <= tolerance) return 10;
  const step = (2 * Math.acos(1 - tolerance / radius) * 180) / Math.PI;
  return Math.min(10, Math.max(0.5, step));
}
