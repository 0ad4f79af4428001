import type { Problem } from '../lib/content-rules';

/**
 * Checks of the typed data an editor maintains in src/data/, worded for the editor. The build
 * runs them from astro.config.mjs; test/unit/data-rules.test.ts proves each.
 */

interface Group {
  name: string;
  members: readonly number[];
  notes?: readonly { iso: number }[];
}

/**
 * Every state a grouping lists (members and noted states) must be a state the site knows, by its
 * ISO 3166-1 numeric code in src/data/countries.ts; otherwise the map would silently leave it out.
 */
export function checkMemberships(groups: readonly Group[], countries: readonly { iso: number }[]): Problem[] {
  const known = new Set(countries.map((c) => c.iso));
  return groups.flatMap((group) =>
    [...group.members, ...(group.notes ?? []).map((n) => n.iso)]
      .filter((iso) => !known.has(iso))
      .map((iso) => ({
        message: `src/data/memberships.ts: the ${group.name} lists the code ${iso}, which is not a state in src/data/countries.ts.`,
        hint: 'Codes are ISO 3166-1 numeric (Japan is 392). Check the code against the fact sheet, or add the state to src/data/countries.ts with its name and source.',
      })),
  );
}
