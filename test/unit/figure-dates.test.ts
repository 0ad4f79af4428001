import { describe, expect, it } from 'vitest';
import { links, whatBinds } from '../../src/data/instruments';
import { memberships } from '../../src/data/memberships';
import { sources } from '../../src/data/sources';
import { NO_SUMMIT_SINCE, SUMMIT, countryEvents, terms, trilateralEvents } from '../../src/data/timeline';
import { lineHasDate, sheetDates, sheetLines } from '../support/fact-sheet';
import { readShared } from '../support/shared';
import { writtenDates } from '../support/since-then';

const lines = sheetLines(readShared('context/facts.md'));
const urlOf = (id: string) => sources.find((s) => s.id === id)?.url;
/** "date source" for each dated item whose date is not on a line of the source it cites. */
const undated = (items: ReadonlyArray<{ date: string; source: string; label: string }>) =>
  items.filter((i) => !sheetDates(lines, urlOf(i.source), i.date)).map((i) => `${i.label}: ${i.date} not on a line of ${i.source}`);

describe('reading the fact sheet', () => {
  const sheet = [
    '- A treaty was signed. — 1953-10-01 [source: "Treaty" (Wikipedia) — https://w.example/t ; "Message" (American Presidency Project) — https://app.example/m]',
    '- It entered into force on 17 Nov 1954, after approval on 26 Jan 1954. — 1954-11-17 [source: American Presidency Project, as above]',
    '- An exercise. — 2024-06-27 to 2024-06-29 [source: Stars — https://s.example/2024-11-14/x]',
    '- Not sourced here.',
  ].join('\n');
  const parsed = sheetLines(sheet);

  it('resolves a source named "as above" to the address given earlier', () => {
    expect(parsed[1]!.urls).toEqual(['https://app.example/m']);
  });

  it('finds a date in ISO form, as a month, in a range, or written out', () => {
    expect(lineHasDate(parsed[0]!.text, '1953-10-01')).toBe(true);
    expect(lineHasDate(parsed[1]!.text, '1954-01-26')).toBe(true);
    expect(lineHasDate(parsed[1]!.text, '1954-11')).toBe(true);
    expect(lineHasDate(parsed[2]!.text, '2024-06-29')).toBe(true);
  });

  it('fails a date the line does not state, or states only in an address', () => {
    expect(lineHasDate(parsed[1]!.text, '1954-11-18')).toBe(false);
    expect(lineHasDate(parsed[2]!.text, '2024-11-14')).toBe(false);
    expect(sheetDates(parsed, 'https://w.example/t', '1954-11-17')).toBe(false);
    expect(sheetDates(parsed, 'https://app.example/m', '1954-11-17')).toBe(true);
    expect(sheetDates(parsed, undefined, '1953-10-01')).toBe(false);
  });
});

describe('every date a figure shows is on the fact-sheet line of the source it cites', () => {
  it('What binds: each step of each treaty and Camp David document', () => {
    const steps = whatBinds.flatMap((doc) =>
      doc.steps.filter((s) => s.date).map((s) => ({ date: s.date!, source: s.source, label: `${doc.name}, ${s.label}` })),
    );
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(undated(steps)).toEqual([]);
  });

  it('What binds: each date stated without a citation, on the sheet line of the copy the sheet says not to cite', () => {
    const notes = whatBinds.flatMap((doc) => (doc.uncited ? [doc.uncited] : []));
    expect(notes.length).toBeGreaterThan(0);
    for (const { text, sheetUrl } of notes) {
      const dates = writtenDates(text);
      expect(dates.length, text).toBeGreaterThan(0);
      for (const d of dates) {
        const iso = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
        expect(sheetDates(lines, sheetUrl, iso), `${text}: ${iso}`).toBe(true);
      }
      // Uncited because the site may not cite it: no entry in the sources list has that address.
      expect(sources.some((s) => s.url === sheetUrl)).toBe(false);
    }
  });

  it('the triangle: each side’s dated facts', () => {
    const facts = links.flatMap((l) => l.facts.map((f) => ({ date: f.date, source: f.source, label: `${l.id}, ${f.short}` })));
    expect(facts).toHaveLength(4);
    expect(undated(facts)).toEqual([]);
  });

  it('the timeline: the summit, every term’s start and end, every event and its last day, and the caption’s last word', () => {
    const items = [
      { ...SUMMIT, label: 'summit' },
      ...terms.flatMap((t) => [{ ...t.from, label: `${t.leader} from` }, ...(t.to ? [{ ...t.to, label: `${t.leader} to` }] : [])]),
      ...countryEvents.map((e) => ({ ...e, label: e.what })),
      ...trilateralEvents.flatMap((e) => [{ ...e, label: e.what }, ...(e.until ? [{ date: e.until, source: e.source, label: `${e.what} (last day)` }] : [])]),
      { ...NO_SUMMIT_SINCE, label: 'caption' },
    ];
    expect(undated(items)).toEqual([]);
  });

  it('the alignments map: each grouping’s "as of" date, on a line of one of the sources it cites', () => {
    const off = memberships.filter((g) => !g.sourceIds.some((id) => sheetDates(lines, urlOf(id), g.asOf))).map((g) => `${g.name} as of ${g.asOf}`);
    expect(off).toEqual([]);
  });

  it('the alignments map: each "as of" in a state’s status note, on its source’s line', () => {
    const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const notes = memberships.flatMap((g) => g.notes ?? []);
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      const m = note.status.match(/as of (\w{3})\w* (\d{4})/);
      expect(m, note.status).not.toBeNull();
      const date = `${m![2]}-${String(MONTHS.indexOf(m![1]!) + 1).padStart(2, '0')}`;
      expect(sheetDates(lines, urlOf(note.sourceId), date), `${note.status} (${note.sourceId})`).toBe(true);
    }
  });
});
