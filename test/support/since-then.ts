/**
 * Reads the Since-then notes of an MDX file as plain text, without parsing MDX: each
 * `<SinceThen>…</SinceThen>` block is cut into statements, one per citation (the words since
 * the previous citation), and the dates each statement writes are read back in the site's style
 * ("15 November 2024", "15–19 September 2025", "late October 2025").
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface Statement {
  source: string;
  text: string;
}

/** The inner text of every `<SinceThen>` block in an MDX file. */
export function sinceThenBlocks(mdx: string): string[] {
  return [...mdx.matchAll(/<SinceThen\b[^>]*>([\s\S]*?)<\/SinceThen>/g)].map((m) => m[1]!);
}

/** Each citation with the words it supports: everything since the previous citation in the block. */
export function statements(block: string): Statement[] {
  const out: Statement[] = [];
  let from = 0;
  for (const m of block.matchAll(/<Cite\b[^>]*?\bid=["']([^"']+)["'][^>]*\/>/g)) {
    out.push({ source: m[1]!, text: block.slice(from, m.index) });
    from = m.index! + m[0].length;
  }
  return out;
}

/** A date as written: day (or first and last day) when given, else the month alone. */
export interface WrittenDate {
  year: number;
  month: number;
  day?: number;
  lastDay?: number;
}

export function writtenDates(text: string): WrittenDate[] {
  const re = new RegExp(`(?:\\b(\\d{1,2})(?:\\s*[–-]\\s*(\\d{1,2}))?\\s+)?\\b(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'g');
  return [...text.matchAll(re)].map((m) => ({
    year: Number(m[4]),
    month: MONTHS.indexOf(m[3]!) + 1,
    ...(m[1] ? { day: Number(m[1]) } : {}),
    ...(m[2] ? { lastDay: Number(m[2]) } : {}),
  }));
}

/** Whether a written date says the same as an ISO day (and last day), to the precision it is written. */
export function agrees(written: WrittenDate, date: string, until?: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (written.year !== y || written.month !== m) return false;
  if (written.day === undefined) return true;
  if (written.day !== d) return false;
  const last = until ? Number(until.split('-')[2]) : undefined;
  return (written.lastDay ?? d) === (last ?? d);
}
