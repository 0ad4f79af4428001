/** "11,164 km": thousands separated by hand so output never depends on the build machine's locale. */
export function formatKm(km: number): string {
  return `${String(Math.round(km)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} km`;
}
