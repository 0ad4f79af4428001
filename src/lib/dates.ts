/** Month names, January first: the one table every date format on the site is written from. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** The parts of `YYYY-MM-DD` or `YYYY-MM`, checked to be a real month and day; throws otherwise. */
export function isoDateParts(iso: string): { year: string; month: number; day?: number } {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: "${iso}"`);
  const [, year, month, day] = match;
  if (!MONTHS[Number(month) - 1]) throw new Error(`Not a month: "${iso}"`);
  if (day) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCDate() !== Number(day)) throw new Error(`Not a day of that month: "${iso}"`);
  }
  return { year: year!, month: Number(month), ...(day ? { day: Number(day) } : {}) };
}

/** `2023-08-18` → `18 August 2023`; `2025-06` → `June 2025`. Built by hand so output never depends on the build machine's locale. */
export function formatDate(iso: string): string {
  const { year, month, day } = isoDateParts(iso);
  const monthName = MONTHS[month - 1];
  return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** `2024-07-04` → `4 Jul 2024`: for labels that must be short (a map panel's title, a timeline bar). */
export function shortDate(iso: string): string {
  const { year, month, day } = isoDateParts(iso);
  const monthName = MONTHS[month - 1].slice(0, 3);
  return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Whether a string is a date `formatDate` can write (`YYYY-MM-DD` or `YYYY-MM`, a real day). */
export function isIsoDate(value: string): boolean {
  try {
    isoDateParts(value);
    return true;
  } catch {
    return false;
  }
}

/** Whether a string is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isIsoDate(value);
}

/** The latest of some ISO days (they sort as strings). */
export function latestDay(days: readonly string[]): string {
  if (days.length === 0) throw new Error('No dates to compare');
  return days.reduce((a, b) => (b > a ? b : a));
}
