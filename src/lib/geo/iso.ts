import type { IsoNumeric } from '../../data/countries';

/**
 * The one place that converts between ISO 3166-1 numeric codes as the site stores them
 * (numbers: 36) and as the atlas ids and `data-iso` attributes spell them (three digits: "036").
 */
export function isoKey(iso: IsoNumeric): string {
  if (!Number.isInteger(iso) || iso < 1 || iso > 999) throw new Error(`Not an ISO numeric code: ${iso}`);
  return String(iso).padStart(3, '0');
}

/** The numeric code of an atlas id ("036" or 36); undefined for ids that are not codes (e.g. "-99"). */
export function isoFromId(id: string | number | undefined): IsoNumeric | undefined {
  if (id === undefined) return undefined;
  const text = String(id);
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const iso = Number(text);
  return iso > 0 ? iso : undefined;
}
