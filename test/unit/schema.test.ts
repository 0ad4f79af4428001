import { describe, expect, it } from 'vitest';
import { argumentSchema } from '../../src/lib/content-schema';
import { sourceListSchema } from '../../src/lib/source-schema';
import { sources } from '../../src/data/sources';

const valid = {
  number: 2,
  updated: '2026-11-28',
  slug: 'leaders-short-terms',
  title: "A pact resting on three leaders' time",
  short: 'Leaders with limited time',
  summary: 'Huang argues that the statement may not outlast the three leaders who made it.',
};

describe('argument frontmatter', () => {
  it('accepts a well-formed argument and typesets its display text', () => {
    const parsed = argumentSchema.parse(valid);
    expect(parsed.title).toBe('A pact resting on three leaders’ time');
  });

  it('asks for the last-changed date in quotes, since YAML makes a bare date a Date', () => {
    const result = argumentSchema.safeParse({ ...valid, updated: new Date('2026-11-28T00:00:00Z') });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/quoted date/);
  });

  it.each([
    ['a number outside 1-5', { number: 6 }],
    ['a slug that is not kebab-case', { slug: 'Leaders_Short' }],
    ['the slug reserved for the whole explainer’s share card', { slug: 'explainer' }],
    ['a summary that is not a full sentence', { summary: 'Huang argues that the statement may not outlast the leaders' }],
    ['a contents label too long for the sidebar', { short: 'A label far too long to sit in the contents list' }],
    ['no date of its last change', { updated: undefined }],
    ['a last-changed date that is not a day', { updated: '2026-02-30' }],
  ])('refuses %s', (_, change) => {
    expect(argumentSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('the sources list', () => {
  const entry = { id: 'a-source', title: 'T', publisher: 'P', date: '2024-07', url: 'https://example.org/a' };

  it('accepts the site’s sources', () => {
    expect(sourceListSchema.safeParse(sources).success).toBe(true);
  });

  it.each([
    ['a URL that is not one', { url: 'example.org/a' }],
    ['a URL that is not http(s)', { url: 'ftp://example.org/a' }],
    ['an id that is not kebab-case', { id: 'A_source' }],
    ['a date that does not exist', { date: '2024-02-30' }],
    ['an empty title', { title: '' }],
  ])('refuses %s', (_, change) => {
    expect(sourceListSchema.safeParse([{ ...entry, ...change }]).success).toBe(false);
  });

  it('refuses the same id twice', () => {
    expect(sourceListSchema.safeParse([entry, { ...entry, url: 'https://example.org/b' }]).error?.message).toMatch(/twice/);
  });
});
