import { describe, expect, it } from 'vitest';
import { checkMemberships } from '../../../src/build/data-rules';
import { countries } from '../../../src/data/countries';
import { memberships } from '../../../src/data/memberships';

describe('memberships.ts', () => {
  it('lists only states the site knows today', () => {
    expect(checkMemberships(memberships, countries)).toEqual([]);
  });

  it('names the group and the code of an unknown member or noted state', () => {
    const [member] = checkMemberships([{ name: 'SCO', members: [156, 999] }], countries);
    expect(member?.message).toBe('src/data/memberships.ts: the SCO lists the code 999, which is not a state in src/data/countries.ts.');
    const [noted] = checkMemberships([{ name: 'BRICS', members: [156], notes: [{ iso: 4 }] }], countries);
    expect(noted?.message).toMatch(/the BRICS lists the code 4,/);
  });
});
