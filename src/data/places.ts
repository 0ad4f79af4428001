/**
 * Cities the reach map marks, with coordinates and great-circle distances exactly as
 * ../shared/context/facts.md (section F) gives them. Distances are city centre to city
 * centre (haversine, Earth mean radius 6,371 km) and approximate.
 */
export type PlaceId = 'seoul' | 'pyongyang' | 'beijing' | 'tokyo' | 'washington' | 'honolulu' | 'guam';

export interface Place {
  id: PlaceId;
  name: string;
  /** Decimal degrees, east positive. */
  lon: number;
  /** Decimal degrees, north positive. */
  lat: number;
}

export const places: Readonly<Record<PlaceId, Place>> = {
  seoul: { id: 'seoul', name: 'Seoul', lon: 126.978, lat: 37.5665 },
  pyongyang: { id: 'pyongyang', name: 'Pyongyang', lon: 125.7543, lat: 39.0339 },
  beijing: { id: 'beijing', name: 'Beijing', lon: 116.4074, lat: 39.9042 },
  tokyo: { id: 'tokyo', name: 'Tokyo', lon: 139.6917, lat: 35.6895 },
  washington: { id: 'washington', name: 'Washington', lon: -77.0369, lat: 38.9072 },
  honolulu: { id: 'honolulu', name: 'Honolulu', lon: -157.8583, lat: 21.3069 },
  guam: { id: 'guam', name: 'Guam', lon: 144.7833, lat: 13.4667 },
};

export interface Distance {
  from: PlaceId;
  to: PlaceId;
  /** Rounded kilometres, as the fact sheet gives them. */
  km: number;
}

/** Every pair the fact sheet gives, in its order. */
export const distances: readonly Distance[] = [
  { from: 'seoul', to: 'pyongyang', km: 195 },
  { from: 'seoul', to: 'beijing', km: 952 },
  { from: 'tokyo', to: 'beijing', km: 2092 },
  { from: 'tokyo', to: 'pyongyang', km: 1285 },
  { from: 'washington', to: 'beijing', km: 11146 },
  { from: 'washington', to: 'seoul', km: 11164 },
  { from: 'honolulu', to: 'seoul', km: 7312 },
  { from: 'guam', to: 'pyongyang', km: 3402 },
  { from: 'tokyo', to: 'seoul', km: 1153 },
  { from: 'washington', to: 'tokyo', km: 10903 },
  { from: 'washington', to: 'pyongyang', km: 11042 },
];

/** The fact-sheet distance between two places, in either order; throws if the sheet has none. */
export function distanceKm(a: PlaceId, b: PlaceId): number {
  const found = distances.find((d) => (d.from === a && d.to === b) || (d.from === b && d.to === a));
  if (!found) throw new Error(`facts.md gives no distance between ${a} and ${b}`);
  return found.km;
}
