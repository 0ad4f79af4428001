import { describe, expect, it } from 'vitest';
import { NO_SUMMIT_SINCE, countryEvents, terms, trilateralEvents } from '../../src/data/timeline';
import { argumentFiles } from '../../src/lib/content-index';
import { datedFacts } from '../../src/lib/timeline';
import { agrees, sinceThenStatements, writtenDates } from '../support/since-then';

const notes = argumentFiles.map(({ data, text }) => ({ slug: data.slug, statements: sinceThenStatements(text) }));
const facts = [...datedFacts(terms, countryEvents, trilateralEvents), { ...NO_SUMMIT_SINCE, lane: 'trilateral' as const, until: undefined }];

describe('the reader of Since-then notes', () => {
  it('cuts the notes into statements, one per citation, and ignores citations outside them', () => {
    const mdx = 'Before.<Cite id="z" />\n\n<SinceThen>\n\nA on **1 May** 2024.<Cite id="a" /> B in late June 2025.<Cite id="b" />\n\n</SinceThen>\n';
    expect(sinceThenStatements(mdx).map((s) => [s.source, s.text.replace(/\s+/g, ' ').trim()])).toEqual([
      ['a', 'A on 1 May 2024.'],
      ['b', 'B in late June 2025.'],
    ]);
  });

  it('reads days, ranges and months, and compares them at the precision written', () => {
    const [day, range, month] = writtenDates('on 3 June 2025, 15–19 September 2025 and late October 2025');
    expect(agrees(day!, '2025-06-03')).toBe(true);
    expect(agrees(day!, '2025-06-04')).toBe(false);
    expect(agrees(range!, '2025-09-15', '2025-09-19')).toBe(true);
    expect(agrees(range!, '2025-09-15', '2025-09-18')).toBe(false);
    expect(agrees(month!, '2025-10-28')).toBe(true);
    expect(agrees(month!, '2025-11-01')).toBe(false);
  });
});

describe('the timeline against the Since-then notes', () => {
  const bySource = new Map<string, typeof facts>();
  for (const f of facts) bySource.set(f.source, [...(bySource.get(f.source) ?? []), f]);
  /** The note statements that cite a source the timeline also cites, with the dates they write. */
  const sharing = notes.flatMap(({ slug, statements: list }) =>
    list.filter((s) => bySource.has(s.source)).map((s) => ({ slug, s, dates: writtenDates(s.text), timeline: bySource.get(s.source)! })),
  );

  it('shares sources with the notes (so the checks below are not empty)', () => {
    // Argument 1 cites the TSCF memorandum for its terms, which the timeline lacks.
    expect(sharing.length).toBeGreaterThan(0);
  });

  // Each fact is said once: a note that cites a timeline source adds what the timeline lacks and
  // points to the timeline for the date, so it writes no date the timeline gives for that source.
  it('never repeats a timeline date', () => {
    const repeats = sharing
      .filter(({ dates, timeline }) => dates.some((d) => timeline.some((f) => agrees(d, f.date, f.until))))
      .map(({ slug, s }) => `${slug}: ${s.source}: ${s.text.trim()}`);
    expect(repeats).toEqual([]);
  });

  it('is never contradicted: a note that cites a timeline source with a date writes that source’s date', () => {
    const contradictions = sharing
      .filter(({ dates, timeline }) => dates.length > 0 && !dates.some((d) => timeline.some((f) => agrees(d, f.date, f.until))))
      .map(({ slug, s }) => `${slug}: ${s.source}: ${s.text.trim()}`);
    expect(contradictions).toEqual([]);
  });
});
