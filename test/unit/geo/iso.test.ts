import { describe, expect, it } from 'vitest';
import { isoFromId, isoKey } from '../../../src/lib/geo/iso';

describe('ISO numeric codes', () => {
  it('pads to the three digits the atlas and data-iso use', () => {
    expect(isoKey(36)).toBe('036');
    expect(isoKey(840)).toBe('840');
    expect(isoKey(4)).toBe('004');
  });

  it('reads atlas ids with or without leading zeros, and rejects non-codes', () => {
    expect(isoFromId('036')).toBe(36);
    expect(isoFromId(36)).toBe(36);
    expect(isoFromId('-99')).toBeUndefined();
    expect(isoFromId(undefined)).toBeUndefined();
    expect(() => isoKey(1000)).toThrow();
  });
});
