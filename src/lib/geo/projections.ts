import { geoAzimuthalEquidistant, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Polygon } from 'geojson';
import { places } from '../../data/places';
import { lonLatBox } from './region';
import { EARTH_RADIUS_KM } from './rings';

/** A projection fitted to a fixed viewBox of `width` × `height` map units, clipped to it. */
export interface Frame {
  projection: GeoProjection;
  width: number;
  height: number;
}

/** All views share one width, so one set of label sizes (src/styles/tokens.ts) fits them all. */
export const VIEW_WIDTH = 720;

/**
 * Overview: Equal Earth turned to put the Pacific in the middle, cropped from South Asia to
 * the US east coast and from Tasmania to the Arctic coast of Siberia.
 */
export const overviewRegion = lonLatBox(64, 292, -45, 76);

export function overviewFrame(width = VIEW_WIDTH): Frame {
  return equalEarthFrame(overviewRegion, -178, width);
}

/** Equal Earth turned to `rotate` degrees of longitude, fitted to `region`'s width and cropped to its height. */
export function equalEarthFrame(region: Polygon, rotate: number, width: number): Frame {
  const projection = geoEqualEarth().rotate([rotate, 0]).fitWidth(width, region);
  const [[, top], [, bottom]] = geoPath(projection).bounds(region);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  const height = Math.round(bottom - top);
  return {
    projection: projection.clipExtent([
      [0, 0],
      [width, height],
    ]),
    width,
    height,
  };
}

/**
 * Reach: azimuthal equidistant centred on Seoul, so every straight line from Seoul is a great
 * circle at true scale and every circle around it is a true distance. The frame is a box of
 * kilometres east/north of Seoul, wide enough for Beijing and Honolulu and tall enough for
 * Washington.
 */
/** The reach figure is tall, so it is drawn at most this wide (rem), centred. */
export const REACH_MAX_WIDTH_REM = 35;

export const reachBoxKm = { west: -3300, east: 8300, south: -3600, north: 11500 } as const;

export function reachFrame(width = VIEW_WIDTH): Frame {
  const { west, east, south, north } = reachBoxKm;
  const scale = width / ((east - west) / EARTH_RADIUS_KM);
  const height = Math.round(((north - south) / (east - west)) * width);
  const projection = geoAzimuthalEquidistant()
    .rotate([-places.seoul.lon, -places.seoul.lat])
    .clipAngle(180 - 1e-3)
    .scale(scale)
    .translate([(-west / EARTH_RADIUS_KM) * scale, (north / EARTH_RADIUS_KM) * scale])
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  return { projection, width, height };
}

/**
 * Alignments: a world cropped to where the members of the four groupings are, in Equal Earth
 * turned to the same Pacific-centred view: from South Africa and Belarus (12°E) east across
 * Asia and the Pacific to Brazil's Atlantic coast (30°W), and from Tasmania (47°S) to the
 * Arctic (78°N). The Atlantic side of the world, where no member lies, is left out, so the
 * members read larger in each small panel.
 */
export const alignmentsRegion = lonLatBox(12, 330, -47, 78);

export function alignmentsFrame(width: number): Frame {
  return equalEarthFrame(alignmentsRegion, -171, width);
}
