import { geoArea, geoCentroid, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from 'topojson-specification';
import { blocOf, type BlocId } from '../../data/blocs';
import type { IsoNumeric } from '../../data/countries';
import { isoFromId, isoKey } from './iso';
import type { Rect } from './compose';
import type { Box } from './labels';
import { pathData, type Step } from './pathData';
import { arcsOf, simplifyTopology } from './simplify';
import { countryFeatures, smallStatePoint, world } from './topology';

/** One country as the SVG draws it. */
export interface CountryShape {
  iso: IsoNumeric;
  /** Three-digit code for `data-iso`. */
  key: string;
  bloc: BlocId;
  name: string;
  /** SVG path data in map units (see `PathData`). */
  d: string;
  /** The box of the points `d` draws. */
  bounds: Box;
  /** Projected area in map units², after clipping and dropping specks. */
  area: number;
  /** Projected centroid of the visible part. */
  centroid: [number, number];
}

export interface ShapeOptions {
  /**
   * Simplification: a point whose triangle with its neighbours spans less than this (map
   * units², see `simplifyLine`) is dropped. Set it in screen pixels with `squarePixels`.
   */
  minTriangle: number;
  /** The same, coarser, for borders only quiet states share: background needs less detail. */
  quietMinTriangle?: number;
  /**
   * Parts of the map that a phone composition enlarges: an arc with a point inside `box` (map
   * units) keeps `minTriangle` of its own, so that the close-up is as detailed as the whole.
   */
  closeUps?: ReadonlyArray<{ box: Rect; minTriangle: number }>;
  /** Polygons smaller than this (map units², after clipping) are dropped as specks. */
  minArea: number;
  /** The same for the quiet land, whose small islands matter less. */
  quietMinArea?: number;
  /** The grid the states' path data snaps to, in map units (default: tenths). */
  step?: Step;
  /** The same for the land path, which needs less (default: `step`). */
  quietStep?: Step;
  /**
   * The states drawn one by one, with their own path: by default those in a bloc or named by
   * the essay (`blocOf` is not `other`). Their borders get `minTriangle`, the rest `quietMinTriangle`.
   */
  apart?: (iso: IsoNumeric) => boolean;
  /**
   * What the one land path covers: the states not drawn apart (`rest`, the default: quiet land
   * under the coloured states) or every state (`all`: a base map others are drawn over).
   */
  land?: 'rest' | 'all';
}

/** A map's land: the states it draws one by one, and all other land as one path without borders. */
export interface MapShapes {
  countries: CountryShape[];
  /** Path data of the land not drawn apart (or all land), merged: no borders inside it. */
  land: string;
}

/** The map units of half a CSS pixel when `viewBoxWidth` units are shown `cssWidth` px wide. */
export function halfPixel(viewBoxWidth: number, cssWidth: number): number {
  return (0.5 * viewBoxWidth) / cssWidth;
}

/** `px2` square CSS pixels in map units², when `viewBoxWidth` units are shown `cssWidth` px wide. */
export function squarePixels(px2: number, viewBoxWidth: number, cssWidth: number): number {
  return px2 * (viewBoxWidth / cssWidth) ** 2;
}

const isLoud = (iso: IsoNumeric) => blocOf(iso) !== 'other';

/**
 * The land within the projection's clip extent, simplified for the map's scale, clipped,
 * without specks: the states drawn apart as one path each, and the rest of the land merged
 * into one path (topojson `merge` on the simplified arcs, so it meets the states drawn apart
 * exactly, border for border). Geometries without an ISO code (Kosovo, N. Cyprus,
 * Somaliland in this atlas) are never drawn apart, so they are part of the land.
 */
export function mapShapes(
  projection: GeoProjection,
  {
    minTriangle,
    quietMinTriangle = minTriangle,
    closeUps = [],
    minArea,
    quietMinArea = minArea,
    step = 0.1,
    quietStep = step,
    apart = isLoud,
    land = 'rest',
  }: ShapeOptions,
): MapShapes {
  const geometries = world.objects.countries.geometries;
  const isApart = (g: (typeof geometries)[number]) => {
    const iso = isoFromId(g.id);
    return iso !== undefined && apart(iso);
  };
  const fine = new Set(geometries.filter(isApart).flatMap((g) => arcsOf(g)));
  const inside = ({ x, y, width, height }: Rect, xy: readonly [number, number][]) =>
    xy.some(([px, py]) => px >= x && px <= x + width && py >= y && py <= y + height);
  const simplified = simplifyTopology(
    world,
    (p) => projection(p) as [number, number] | null,
    (arc, xy) => Math.min(fine.has(arc) ? minTriangle : quietMinTriangle, ...closeUps.filter(({ box }) => inside(box, xy)).map((c) => c.minTriangle)),
  );
  const path = geoPath(projection);
  const area = (coordinates: Position[][]) => path.area({ type: 'Polygon', coordinates });
  // A small island that simplification collapses to a sliver can come out wound the other
  // way, which d3-geo reads as the whole globe but the island: no state or landmass on these
  // maps covers a hemisphere, so such a ring is dropped as the speck it was.
  const collapsed = (coordinates: Position[][]) => geoArea({ type: 'Polygon', coordinates }) > 2 * Math.PI;
  const visible = (polygons: Position[][][], smallest: number): Polygon | MultiPolygon | undefined => {
    const kept = polygons.filter((coordinates) => !collapsed(coordinates) && area(coordinates) >= smallest);
    if (!kept.length) return undefined;
    return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
  };

  const countries = countryFeatures(simplified).flatMap(({ properties: { iso, name }, geometry }) => {
    if (!apart(iso)) return [];
    const shape = visible(geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates, minArea);
    const drawn = shape && pathData(projection, shape, step);
    if (!shape || !drawn?.d) return [];
    return [{ iso, key: isoKey(iso), bloc: blocOf(iso), name, ...drawn, area: path.area(shape), centroid: path.centroid(shape) }];
  });

  const simplifiedGeometries = (simplified.objects.countries as GeometryCollection).geometries;
  const under = land === 'all' ? simplifiedGeometries : simplifiedGeometries.filter((g) => !isApart(g));
  const merged = visible(merge(simplified, under as Array<TopoPolygon | TopoMultiPolygon>).coordinates, quietMinArea);
  return { countries, land: merged ? pathData(projection, merged, quietStep).d : '' };
}

/**
 * Where to put a dot for a state too small to see: its centroid at 1:110m, or, for a state
 * that scale leaves out (Singapore), its 1:50m point. Undefined if it is off the map.
 */
export function stateDot(projection: GeoProjection, iso: IsoNumeric): [number, number] | undefined {
  const feature = countryFeatures().find((f) => f.properties.iso === iso);
  const point = feature ? (geoCentroid(feature) as [number, number]) : smallStatePoint(iso);
  const xy = point && projection(point);
  if (!xy) return undefined;
  const [[x0, y0], [x1, y1]] = projection.clipExtent() ?? [
    [-Infinity, -Infinity],
    [Infinity, Infinity],
  ];
  return xy[0] >= x0 && xy[0] <= x1 && xy[1] >= y0 && xy[1] <= y1 ? xy : undefined;
}
