import { describe, expect, it } from 'vitest';
import { argumentSchema } from '../../src/schemas/content';

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

  it('reads an unquoted YAML date as the day it names', () => {
    expect(argumentSchema.parse({ ...valid, updated: new Date('2026-11-28T00:00:00Z') }).updated).toBe('2026-11-28');
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
