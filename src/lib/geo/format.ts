/** "11,164 km": thousands separated by hand so output never depends on the build machine's locale. */
export function formatKm(km: number): string {
  return `${String(Math.round(km)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} km`;
}

/**
 * A position in a map's SVG units (720 across the figure), to the whole unit: rounding moves a
 * label, dot or key by at most half a unit, under half a CSS pixel at the map's widest, and
 * spares the page a decimal on each of hundreds of coordinates.
 */
export function mapUnit(n: number): number {
  return Math.round(n);
}
