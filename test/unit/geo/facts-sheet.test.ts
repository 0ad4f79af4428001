import { describe, expect, it } from 'vitest';
import { countries } from '../../../src/data/countries';
import { distances, places } from '../../../src/data/places';
import { readShared } from '../../support/shared';

/** Section F of the fact sheet, read as the tables it prints, so the data cannot drift from it. */
const facts = readShared('context/facts.md');
const sectionF = facts.slice(facts.indexOf('## F. Geography and codes'), facts.indexOf('## UNCONFIRMED'));
const rows = sectionF
  .split('\n')
  .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
  .map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );

describe('map data against the fact sheet (section F)', () => {
  it('uses the sheet’s coordinates for every place', () => {
    for (const place of Object.values(places)) {
      const row = rows.find((r) => r[0]!.startsWith(place.name === 'Washington' ? 'Washington, DC' : place.name));
      expect(row, place.name).toBeDefined();
      const [lat, latHemi] = row![1]!.split(' ');
      const [lon, lonHemi] = row![2]!.split(' ');
      expect(place.lat).toBeCloseTo(Number(lat) * (latHemi === 'S' ? -1 : 1), 4);
      expect(place.lon).toBeCloseTo(Number(lon) * (lonHemi === 'W' ? -1 : 1), 4);
    }
  });

  it('gives every distance exactly as the sheet rounds it', () => {
    for (const { from, to, km } of distances) {
      const pair = [places[from].name, places[to].name];
      const row = rows.find((r) => {
        const names = r[0]!.replace(/\*\([^)]*\)\*\s*/, '').split('–');
        return names.length === 2 && pair.every((name) => names.includes(name));
      });
      expect(row, pair.join('–')).toBeDefined();
      expect(km).toBe(Number(row![1]!.replace(/[≈,]/g, '')));
    }
  });

  it('takes every code marked as from the sheet from the sheet, and uses every code the sheet gives', () => {
    const sheetCodes = new Set(rows.filter((r) => /^\d{3}$/.test(r[3] ?? '')).map((r) => Number(r[3])));
    // Russia's code is on the sheet too, but only from a local table (marked `local`).
    const fromSheet = new Set(countries.filter((c) => c.code !== 'atlas').map((c) => c.iso));
    expect(sheetCodes.size).toBe(19);
    expect([...fromSheet].filter((iso) => !sheetCodes.has(iso))).toEqual([]);
    expect([...sheetCodes].filter((iso) => !fromSheet.has(iso))).toEqual([]);
  });
});
