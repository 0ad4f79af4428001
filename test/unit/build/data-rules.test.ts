import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMemberships, checkSources } from '../../../src/build/data-rules';
import { countries } from '../../../src/data/countries';
import { memberships } from '../../../src/data/memberships';
import { sources } from '../../../src/data/sources';

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

describe('memberships.ts, with its text', () => {
  it('names the line of the group that lists an unknown code', () => {
    const text = "export const memberships = [\n  {\n    name: 'SCO',\n    members: [156, 999],\n  },\n];\n";
    const [problem] = checkMemberships([{ name: 'SCO', members: [156, 999] }], countries, text);
    expect(problem?.message).toBe('src/data/memberships.ts, line 3: the SCO lists the code 999, which is not a state in src/data/countries.ts.');
  });
});

describe('sources.ts', () => {
  const text = readFileSync(new URL('../../../src/data/sources.ts', import.meta.url), 'utf8');

  it('passes the site’s sources', () => {
    expect(checkSources(sources, text)).toEqual([]);
  });

  it('passes a new source added as an editor adds it (an ordinary edit)', () => {
    const added = { id: 'new-report-2026', title: 'A new report', publisher: 'A publisher', date: '2026-03', url: 'https://reports.example.org/new' };
    const entry = `  {\n    id: "${added.id}",\n    title: "${added.title}",\n    publisher: "${added.publisher}",\n    date: "${added.date}",\n    url: "${added.url}",\n  },\n`;
    const at = text.indexOf('export const sources = [\n') + 'export const sources = [\n'.length;
    expect(checkSources([added, ...sources], `${text.slice(0, at)}${entry}${text.slice(at)}`)).toEqual([]);
  });

  /** The list with one entry changed, and the file's text changed the same way. */
  const edit = (index: number, field: 'date' | 'url' | 'id', value: string) => {
    const entry = sources[index]!;
    const list = sources.map((s, i) => (i === index ? { ...s, [field]: value } : s));
    // Either quote style: the file is formatted, and an editor may write either.
    const at = text.search(new RegExp(`id: ['"]${entry.id}['"]`));
    const fieldAt = field === 'id' ? at : at + text.slice(at).search(new RegExp(`${field}: ['"]`));
    const end = text.indexOf('\n', fieldAt);
    return { list, text: `${text.slice(0, fieldAt)}${field}: '${value}',${text.slice(end)}`, line: text.slice(0, fieldAt).split('\n').length };
  };

  it.each([
    ['a date that is not a date', 'date' as const, '2023-02-30', /has a bad date: date must be YYYY-MM-DD or YYYY-MM\./, /YYYY-MM-DD/],
    ['an address that is not a web address', 'url' as const, 'www.example.org/page', /has a bad url: /, /starting https:\/\//],
    ['an id with capitals', 'id' as const, 'White-House', /has a bad id: id must be lower-case kebab-case\./, /lower-case words joined by hyphens/],
  ])('names the file, the line and the source of %s', (_, field, value, message, hint) => {
    const index = sources.findIndex((s) => 'date' in s);
    const bad = edit(index, field, value);
    const [problem, more] = checkSources(bad.list, bad.text);
    expect(problem?.message).toMatch(new RegExp(`^src/data/sources\\.ts, line ${bad.line}: the source "${field === 'id' ? value : sources[index]!.id}" `));
    expect(problem?.message).toMatch(message);
    expect(problem?.hint).toMatch(hint);
    expect(more).toBeUndefined();
  });

  it('names the line of an id given twice', () => {
    const [first, second] = sources;
    const list = [...sources, { ...second!, id: first!.id }];
    const doubled = `${text}\n// appended\n  {\n    id: "${first!.id}",\n  },\n`;
    const [problem] = checkSources(list, doubled);
    expect(problem?.message).toBe(`src/data/sources.ts, line ${text.split('\n').length + 3}: source id "${first!.id}" appears twice.`);
  });
});
