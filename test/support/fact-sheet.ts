/**
 * Reads ../shared/context/facts.md as lines of facts, each with the addresses of the sources it
 * gives, and says whether a line carries a date. A source named without its address ("American
 * Presidency Project, as above", "NPR, as in C") is resolved to the nearest earlier entry whose
 * name holds the same words, so the line still counts as that source's line.
 */

export interface SheetLine {
  text: string;
  /** The addresses of every source the line gives, named ones resolved. */
  urls: string[];
}

const URL_RE = /https?:\/\/\S+?(?=\s*(?:;|\]|$))/;
const nameWords = (name: string) =>
  name
    .toLowerCase()
    .replace(/\(as in [a-g]\)|,?\s*as (?:above|in [a-g])\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3);

/** The sheet's fact lines (those that start "- "), each with its sources' addresses. */
export function sheetLines(sheet: string): SheetLine[] {
  const named: Array<{ words: Set<string>; url: string }> = [];
  return sheet
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((text) => {
      // Up to the last bracket: a headline may hold one of its own ("[Aug] Camp David summit …").
      const sources = text.match(/\[source: (.*)\]/)?.[1] ?? '';
      const urls: string[] = [];
      for (const entry of sources.split(' ; ')) {
        const url = entry.match(URL_RE)?.[0];
        if (url) {
          named.push({ words: new Set(nameWords(entry.replace(url, ''))), url });
          urls.push(url);
          continue;
        }
        const wanted = nameWords(entry);
        const earlier = wanted.length > 0 ? named.findLast((n) => wanted.every((w) => n.words.has(w))) : undefined;
        if (earlier) urls.push(earlier.url);
      }
      return { text, urls };
    });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The short forms the sheet writes besides the full name ("Sept" as well as "Sep"). */
const monthNames = (m: number) => {
  const full = MONTHS[m - 1]!;
  return [...new Set([full, full.slice(0, 3), ...(m === 9 ? ['Sept'] : [])])];
};

/**
 * Whether a line states a date (`YYYY-MM-DD` or `YYYY-MM`): in ISO form (a month matches any
 * day of it, and a range "2024-06-27 to 2024-06-29" holds both days), or written out ("26 Jan
 * 1954", "Sept 2024", "June 1960").
 */
export function lineHasDate(line: string, date: string): boolean {
  // A date in an address ("…/2024-11-14/…") is where the page sits, not what the line states.
  line = line.replace(/https?:\/\/\S+/g, '');
  if (line.includes(date)) return true;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number | undefined];
  return monthNames(m).some((name) =>
    d === undefined ? new RegExp(`\\b${name}\\.? ${y}\\b`).test(line) : new RegExp(`\\b${d} ${name}\\.? ${y}\\b`).test(line),
  );
}

/** The lines that give this source (by address), for a dated fact's check. */
export function linesOf(lines: readonly SheetLine[], url: string): SheetLine[] {
  return lines.filter((l) => l.urls.includes(url));
}

/** Whether some line that gives the source also states the date: the fact was taken from it. */
export function sheetDates(lines: readonly SheetLine[], url: string | undefined, date: string): boolean {
  return url !== undefined && linesOf(lines, url).some((l) => lineHasDate(l.text, date));
}
