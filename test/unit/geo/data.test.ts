import { describe, expect, it } from 'vitest';
import { blocOf, blocs } from '../../../src/data/blocs';
import { countries, countryName } from '../../../src/data/countries';
import { asean, brics, memberships, quad, sco } from '../../../src/data/memberships';
import { isoKey } from '../../../src/lib/geo/iso';
import { countryFeatures, inAtlas, smallStatePoint } from '../../../src/lib/geo/topology';
import { sources } from '../../../src/data/sources';

const features = new Map(countryFeatures().map((f) => [f.properties.iso, f]));
const everyCode = [
  ...countries.map((c) => c.iso),
  ...blocs.flatMap((b) => b.members),
  ...memberships.flatMap((m) => [...m.members, ...(m.notes ?? []).map((n) => n.iso)]),
];

describe('ISO codes in src/data', () => {
  it('every code resolves to an atlas feature, or (Singapore) to a 1:50m point', () => {
    for (const iso of new Set(everyCode)) {
      const found = features.has(iso) || (!inAtlas(iso) && smallStatePoint(iso) !== undefined);
      expect(found, `ISO ${isoKey(iso)} (${countryName(iso)})`).toBe(true);
    }
  });

  it('the only state the 1:110m atlas lacks is Singapore, and its point is in Singapore', () => {
    const missing = [...new Set(everyCode)].filter((iso) => !features.has(iso));
    expect(missing).toEqual([702]);
    const [lon, lat] = smallStatePoint(702)!;
    expect(lon).toBeGreaterThan(103.6);
    expect(lon).toBeLessThan(104.1);
    expect(lat).toBeGreaterThan(1.2);
    expect(lat).toBeLessThan(1.5);
  });

  it('each code names the state the atlas gives it (the codes not in facts.md are checked here)', () => {
    for (const c of countries.filter((c) => features.has(c.iso))) {
      expect(features.get(c.iso)!.properties.name, `ISO ${c.iso}`).toBe(c.atlasName ?? c.name);
    }
  });

  it('keeps the codes facts.md gives (section F), leading zeros and all', () => {
    const facts: Record<string, string> = {
      'United States': '840',
      Japan: '392',
      'South Korea': '410',
      'North Korea': '408',
      China: '156',
      India: '356',
      Australia: '036',
      Brunei: '096',
      Cambodia: '116',
      Indonesia: '360',
      Laos: '418',
      Malaysia: '458',
      Myanmar: '104',
      Philippines: '608',
      Singapore: '702',
      Thailand: '764',
      Vietnam: '704',
      'Timor-Leste': '626',
    };
    for (const c of countries.filter((c) => c.code === 'facts')) expect(isoKey(c.iso)).toBe(facts[c.name]);
    expect(countries.filter((c) => c.code === 'facts')).toHaveLength(Object.keys(facts).length);
  });

  it("labels Russia's 643 as a local ISO table's code, which facts.md lists as unconfirmed", () => {
    expect(countries.find((c) => c.name === 'Russia')).toMatchObject({ iso: 643, code: 'local' });
  });
});

describe('blocs', () => {
  it('puts the US, Japan and ROK in one bloc and China, Russia and the DPRK in the other', () => {
    expect([840, 392, 410].map(blocOf)).toEqual(['us', 'us', 'us']);
    expect([156, 643, 408].map(blocOf)).toEqual(['cn', 'cn', 'cn']);
  });

  it('names India and the ten ASEAN members of August 2023, and leaves Taiwan like any unnamed state', () => {
    for (const iso of [356, ...asean.members.filter((iso) => iso !== 626)]) expect(blocOf(iso)).toBe('named');
    // Not named by the essay as outside both blocs: Australia (only India's partner there) and
    // Timor-Leste (joined ASEAN in 2025, after the essay).
    expect(blocOf(36)).toBe('other');
    expect(blocOf(626)).toBe('other');
    expect(blocOf(158)).toBe('other');
  });

  it('places no state in two blocs', () => {
    const all = blocs.flatMap((b) => b.members);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('memberships (facts.md section E)', () => {
  it('has the member counts the fact sheet gives', () => {
    expect(sco.members).toHaveLength(10);
    expect(brics.members).toHaveLength(10);
    expect(asean.members).toHaveLength(11);
    expect(quad.members).toHaveLength(4);
    for (const m of memberships) expect(new Set(m.members).size).toBe(m.members.length);
  });

  it('does not count Saudi Arabia as a BRICS member, and says why', () => {
    expect(brics.members).not.toContain(682);
    expect(brics.notes?.map((n) => [n.iso, n.status])).toEqual([[682, 'invited; status unclear as of Jan 2025']]);
  });

  it('counts no BRICS partner, nor Argentina (which declined), as a member', () => {
    const byName = new Map([...features.values()].map((f) => [f.properties.name, f.properties.iso]));
    const notMembers = ['Belarus', 'Bolivia', 'Cuba', 'Kazakhstan', 'Malaysia', 'Thailand', 'Uganda', 'Uzbekistan', 'Nigeria', 'Vietnam', 'Argentina'];
    for (const name of notMembers) {
      expect(byName.has(name), name).toBe(true);
      expect(brics.members).not.toContain(byName.get(name));
    }
  });

  it('dates each list with an ISO date and cites it from the site’s sources list, never a mirror', () => {
    const mirrors = /news-pravda|paperai|homsy-staging|studyres|rusentinel|omondo|deepnewz|thxnews|newsstreetlive|pledgetimes|sputnik/;
    const byId = new Map(sources.map((s) => [s.id, s]));
    for (const m of memberships) {
      expect(m.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(m.sourceIds.length).toBeGreaterThan(0);
      for (const id of [...m.sourceIds, ...(m.notes ?? []).map((n) => n.sourceId)]) {
        const source = byId.get(id);
        expect(source, id).toBeDefined();
        expect(source!.url).toMatch(/^https:\/\//);
        expect(source!.url).not.toMatch(mirrors);
      }
    }
  });
});
