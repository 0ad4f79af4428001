import { sourceListSchema } from '../lib/source-schema';
import type { Problem } from '../lib/content-rules';

/**
 * Checks of the typed data an editor maintains in src/data/, worded for the editor. The build
 * runs them from astro.config.mjs; test/unit/build/data-rules.test.ts proves each.
 */

/** The line on which `needle` first appears in a file's text at or after `from`, if it does. */
export function lineOf(text: string, needle: string | RegExp, from = 0): number | undefined {
  const rest = text.slice(from);
  const at = typeof needle === 'string' ? rest.indexOf(needle) : rest.search(needle);
  return at < 0 ? undefined : text.slice(0, from + at).split('\n').length;
}

/** `file, line n`, or the file alone when the line is not known. */
const where = (file: string, line: number | undefined | '') => (line ? `${file}, line ${line}` : file);

interface Group {
  name: string;
  members: readonly number[];
  notes?: readonly { iso: number }[];
}

/**
 * Every state a grouping lists (members and noted states) must be a state the site knows, by its
 * ISO 3166-1 numeric code in src/data/countries.ts; otherwise the map would silently leave it out.
 */
export function checkMemberships(groups: readonly Group[], countries: readonly { iso: number }[], text?: string): Problem[] {
  const known = new Set(countries.map((c) => c.iso));
  return groups.flatMap((group) =>
    [...group.members, ...(group.notes ?? []).map((n) => n.iso)]
      .filter((iso) => !known.has(iso))
      .map((iso) => ({
        message: `${where('src/data/memberships.ts', text && lineOf(text, `name: '${group.name}'`))}: the ${group.name} lists the code ${iso}, which is not a state in src/data/countries.ts.`,
        hint: 'Codes are ISO 3166-1 numeric (Japan is 392). Check the code against the fact sheet, or add the state to src/data/countries.ts with its name and source.',
      })),
  );
}

/** What to do about a bad field of a source, in the editor's words. */
const SOURCE_FIELD_HINTS: Record<string, string> = {
  id: 'An id is lower-case words joined by hyphens (whitehouse-camp-david-fact-sheet), and no two sources share one: `<Cite id>` names it.',
  title: 'Give the headline or document title as the fact sheet (../shared/context/facts.md) gives it.',
  publisher: 'Give the publisher as the fact sheet gives it.',
  date: 'Write the date as YYYY-MM-DD or YYYY-MM, as the fact sheet gives it, or leave the field out if it gives none.',
  url: 'Give the full web address, starting https://, as the fact sheet gives it.',
};

/**
 * Every entry of src/data/sources.ts valid (src/lib/source-schema.ts), each problem named by the
 * source's id and the line of the field in the file's text.
 */
export function checkSources(sources: readonly { id: string }[], text: string): Problem[] {
  const result = sourceListSchema.safeParse(sources);
  if (result.success) return [];
  const file = 'src/data/sources.ts';
  /** Where the nth entry with this id begins in the text (-1 if it has fewer). */
  const idAt = (id: string, nth = 1) => {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return [...text.matchAll(new RegExp(`\\bid:\\s*["']${escaped}["']`, 'g'))][nth - 1]?.index ?? -1;
  };
  return result.error.issues.map((issue) => {
    const [index, field] = issue.path;
    const entry = typeof index === 'number' ? sources[index] : undefined;
    if (!entry) {
      // The list-wide check: an id given twice; point at its second entry.
      const id = /"([^"]+)"/.exec(issue.message)?.[1] ?? '';
      const second = idAt(id, 2);
      const line = second >= 0 ? lineOf(text, /id:/, second) : undefined;
      return { line, message: `${where(file, line)}: ${issue.message}.`, hint: SOURCE_FIELD_HINTS.id! };
    }
    // The field's line within the entry (up to the next entry's id), else the entry's own line.
    const start = idAt(entry.id);
    const next = start < 0 ? -1 : text.slice(start + 1).search(/\bid:/);
    const own = text.slice(0, next < 0 ? undefined : start + 1 + next);
    const line = start < 0 ? undefined : (lineOf(own, new RegExp(`\\b${String(field)}:`), start) ?? lineOf(text, /id:/, start));
    return {
      line,
      message: `${where(file, line)}: the source "${entry.id}" has a bad ${String(field)}: ${issue.message}.`,
      hint: SOURCE_FIELD_HINTS[String(field)] ?? 'Check the entry against the Source interface at the top of the file.',
    };
  });
}
