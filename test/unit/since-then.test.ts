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
  const stated = facts.flatMap((fact) => fact.statedIn.map((slug) => ({ fact, slug, what: fact.what })));

  // Each fact is said once: a note names a timeline fact only to add what the timeline lacks
  // (argument 1's TSCF), and points to the timeline for the rest.
  it('states some of its facts in the notes (so the check below is not empty)', () => {
    expect(stated.length).toBeGreaterThan(0);
  });

  it.each(stated)('$slug states "$what" with the same source and date', ({ fact, slug }) => {
    const note = notes.find((n) => n.slug === slug);
    expect(note, `no argument ${slug}`).toBeDefined();
    const citing = note!.statements.filter((s) => s.source === fact.source);
    expect(citing.length, `${slug} never cites ${fact.source}`).toBeGreaterThan(0);
    expect(citing.some((s) => writtenDates(s.text).some((d) => agrees(d, fact.date, fact.until)))).toBe(true);
  });

  it('is never contradicted: a note that cites a timeline source with a date writes that source’s date', () => {
    const bySource = new Map<string, typeof facts>();
    for (const f of facts) bySource.set(f.source, [...(bySource.get(f.source) ?? []), f]);
    const contradictions = notes.flatMap(({ slug, statements: list }) =>
      list
        .filter((s) => bySource.has(s.source) && writtenDates(s.text).length > 0)
        .filter((s) => !writtenDates(s.text).some((d) => bySource.get(s.source)!.some((f) => agrees(d, f.date, f.until))))
        .map((s) => `${slug}: ${s.source}: ${s.text.trim()}`),
    );
    expect(contradictions).toEqual([]);
  });
});
