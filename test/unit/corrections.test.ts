import { describe, expect, it } from 'vitest';
import { corrections, type Correction } from '../../src/data/corrections';
import { correctionsFor, modifiedWith, sortByDate } from '../../src/lib/corrections';
import { isIsoDay } from '../../src/lib/dates';
import { argumentWork, explainerModified } from '../../src/lib/works';
import { PINNED_SLUGS } from '../support/pinned';

const entry = (date: string, concerns: Correction['concerns'], text = 'x.'): Correction => ({
  date: date as Correction['date'],
  kind: 'Corrected',
  concerns,
  where: 'Argument 1',
  text,
});

describe('the list of updates and corrections', () => {
  it('has entries, each dated with a real day, concerning only the pinned arguments', () => {
    expect(corrections.length).toBeGreaterThanOrEqual(5);
    for (const c of corrections) {
      expect(isIsoDay(c.date), c.text).toBe(true);
      for (const slug of c.concerns) expect(PINNED_SLUGS).toContain(slug);
    }
  });

  it('gives each entry one line that says what changed, ending as a sentence', () => {
    for (const c of corrections) {
      expect(c.text, c.text).not.toMatch(/\n/);
      expect(c.text, c.text).toMatch(/[.]$/);
      expect(c.where.length).toBeGreaterThan(0);
    }
  });

  it('records this round’s corrections of errors a reader could have relied on', () => {
    expect(corrections.filter((c) => c.kind === 'Corrected').length).toBeGreaterThanOrEqual(5);
    expect(corrections.some((c) => c.kind === 'Corrected' && /4 December 2024, not 3 December/.test(c.text))).toBe(true);
  });
});

describe('dating a page from its entries', () => {
  const list = [entry('2026-12-06', ['statement-not-treaty']), entry('2026-12-01', ['multipolar-region']), entry('2026-11-30', ['statement-not-treaty'])];

  it('lists an argument’s own entries in date order, and no others', () => {
    expect(correctionsFor(list, 'statement-not-treaty').map((c) => c.date)).toEqual(['2026-11-30', '2026-12-06']);
    expect(correctionsFor(list, 'leaders-short-terms')).toEqual([]);
    expect(sortByDate(list).map((c) => c.date)).toEqual(['2026-11-30', '2026-12-01', '2026-12-06']);
  });

  it('moves the modified date to the latest entry, never back', () => {
    expect(modifiedWith('2026-11-29', list)).toBe('2026-12-06');
    expect(modifiedWith('2026-12-31', list)).toBe('2026-12-31');
    expect(modifiedWith('2026-11-29', [])).toBe('2026-11-29');
  });

  it('dates the explainer and each argument’s citation from the real list', () => {
    const latest = sortByDate(corrections).at(-1)!.date;
    expect(explainerModified({ updated: '2000-01-01' }, [], corrections)).toBe(latest);
    for (const slug of PINNED_SLUGS) {
      const own = correctionsFor(corrections, slug).at(-1)?.date ?? '2000-01-01';
      expect(argumentWork({ slug, title: 't', updated: '2000-01-01' }, 'e', 'https://x.example').modified).toBe(own);
    }
  });
});
