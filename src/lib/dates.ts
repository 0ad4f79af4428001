const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** `2023-08-18` → `18 August 2023`; `2025-06` → `June 2025`. Built by hand so output never depends on the build machine's locale. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: "${iso}"`);
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) throw new Error(`Not a month: "${iso}"`);
  if (day) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCDate() !== Number(day)) throw new Error(`Not a day of that month: "${iso}"`);
  }
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Whether a string is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    formatDate(value);
    return true;
  } catch {
    return false;
  }
}

/** The latest of some ISO days (they sort as strings). */
export function latestDay(days: readonly string[]): string {
  if (days.length === 0) throw new Error('No dates to compare');
  return days.reduce((a, b) => (b > a ? b : a));
}
