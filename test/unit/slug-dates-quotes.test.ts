import { describe, expect, it } from 'vitest';
import { argumentPath, fullReadHref, isKebabSlug } from '../../src/lib/slug';
import { formatDate } from '../../src/lib/dates';
import { isVerbatim } from '../../src/lib/quotes';
import { factsOfMdx } from '../../src/lib/content-facts';

const quotesIn = (mdx: string) => factsOfMdx(mdx).quotes.map((quote) => quote.text);

describe('slugs', () => {
  it.each(['a', 'statement-not-treaty', 'g7-and-quad'])('accepts %s', (slug) => {
    expect(isKebabSlug(slug)).toBe(true);
  });

  it.each(['', 'Upper', 'two--hyphens', '-lead', 'trail-', 'space here', 'ünï'])('rejects "%s"', (slug) => {
    expect(isKebabSlug(slug)).toBe(false);
  });

  it('builds the share path and the full-read anchor from one slug', () => {
    expect(argumentPath('x-y')).toBe('/arguments/x-y/');
    expect(fullReadHref('x-y')).toBe('/#x-y');
  });
});

describe('formatDate', () => {
  it('writes day month year without depending on the locale', () => {
    expect(formatDate('2023-08-18')).toBe('18 August 2023');
    expect(formatDate('2025-06')).toBe('June 2025');
  });

  it('refuses what is not an ISO date', () => {
    expect(() => formatDate('18/08/2023')).toThrow();
    expect(() => formatDate('2023-13-01')).toThrow();
    expect(() => formatDate('2023-02-31')).toThrow(/day/);
    expect(() => formatDate('2023-08-00')).toThrow(/day/);
  });
});

describe('quotes', () => {
  it('finds every Quote element, with the paragraph it stands in', () => {
    expect(quotesIn('a <Quote>one</Quote> b <Quote>two words</Quote>')).toEqual(['one', 'two words']);
    expect(factsOfMdx('Intro.\n\nHuang writes <Quote>one</Quote>.').quotes).toEqual([{ text: 'one', paragraph: 'Huang writes one.' }]);
  });

  it('reads quotes with attributes and refuses what it cannot read', () => {
    expect(quotesIn('<Quote lang="en">x</Quote>')).toEqual(['x']);
    expect(() => quotesIn('<Quote>unclosed')).toThrow();
  });

  it('treats curly and straight quotation marks alike, nothing else', () => {
    const source = 'once there is a “change of regime” after the election';
    expect(isVerbatim('a "change of regime" after', source)).toBe(true);
    expect(isVerbatim('a change of regime after', source)).toBe(false);
    expect(isVerbatim('a “change of government”', source)).toBe(false);
  });
});
