import { describe, expect, it } from 'vitest';
import { glossary, glossaryEntry } from '../../src/data/glossary';
import { site } from '../../src/consts';
import { sources } from '../../src/data/sources';
import { isKebabSlug } from '../../src/lib/slug';
import { factsOfMdx } from '../../src/lib/content-facts';
import { argumentFiles, contentFiles as allContent, frontFile } from '../../src/lib/content-index';
import { filesInReadingOrder } from '../../src/lib/outline';
import { unexplainedFirstUse } from '../support/first-use';

/**
 * Each page's words in reading order. `/`: its MDX in the order of its outline, the claim in
 * brief followed by each argument's one-line summary. An argument's page: the site's tagline in
 * its header, then the argument (its title and summary come first in the file too).
 */
const pages = [
  {
    page: '/',
    text: filesInReadingOrder()
      .flatMap((f) => (f.file === frontFile('brief').file ? [f.text, argumentFiles.map((a) => a.data.summary).join('\n')] : [f.text]))
      .join('\n\n'),
  },
  ...argumentFiles.map((f) => ({ page: f.file, text: `${site.tagline}\n\n${f.text}` })),
];

describe('the glossary', () => {
  it('has unique kebab-case ids, in alphabetical order of its terms', () => {
    const ids = glossary.map((e) => e.id);
    expect(ids.filter(isKebabSlug)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    const terms = glossary.map((e) => e.term);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it.each(glossary)('$term cites a listed source, or is the essay’s own term explained as Huang uses it', (entry) => {
    if (entry.cites === 'essay') {
      expect(entry.definition).toMatch(/\bHuang\b/);
    } else {
      const known = new Set(sources.map((s) => s.id));
      expect(entry.cites.length).toBeGreaterThan(0);
      expect(entry.cites.filter((id) => !known.has(id))).toEqual([]);
    }
  });

  it.each(glossary)('$term is marked with <Term> somewhere in the text', (entry) => {
    expect(allContent.some((f) => f.facts.terms.includes(entry.id))).toBe(true);
  });

  it('throws on an unknown id, so a misspelt <Term> fails the build', () => {
    expect(() => glossaryEntry('no-such-term')).toThrow(/no-such-term/);
  });
});

describe('<Term> in the content', () => {
  it.each(allContent)('$file: every <Term id> names a glossary entry', ({ facts }) => {
    const known = new Set(glossary.map((e) => e.id));
    expect(facts.terms.filter((id) => !known.has(id))).toEqual([]);
  });

  it.each(allContent)('$file marks each term once, at its first use there', ({ facts }) => {
    expect(facts.terms).toEqual([...new Set(facts.terms)]);
  });

  const abbreviations = glossary.filter((e) => e.abbreviation);
  const cases = pages.flatMap(({ page, text }) => abbreviations.map((entry) => ({ page, term: entry.term, entry, text })));
  it.each(cases)('$page: the first $term is marked with <Term> or expanded', ({ text, entry }) => {
    expect(unexplainedFirstUse(text, entry)).toBeUndefined();
  });
});

describe('the terms the build reads from MDX', () => {
  it('lists every <Term id> in reading order, repeats included, and refuses one it cannot read', () => {
    expect(factsOfMdx('The <Term id="sco">SCO</Term> and <Term id="rok">ROK</Term>; the <Term id="sco">SCO</Term>.').terms).toEqual(['sco', 'rok', 'sco']);
    expect(() => factsOfMdx('<Term>ROK</Term>')).toThrow(/Term/);
    expect(() => factsOfMdx('<Term id={x}>ROK</Term>')).toThrow(/literal/);
  });
});

describe('unexplainedFirstUse', () => {
  const rok = glossaryEntry('rok');
  it('accepts a first use inside its <Term>, or right after its expansion', () => {
    expect(unexplainedFirstUse('the <Term id="rok">ROK</Term> and the ROK', rok)).toBeUndefined();
    expect(unexplainedFirstUse('the Republic of Korea (ROK) and the ROK', rok)).toBeUndefined();
    expect(unexplainedFirstUse('no abbreviation here', rok)).toBeUndefined();
  });

  it('flags a bare first use even when a later one is marked', () => {
    expect(unexplainedFirstUse('the US–ROK treaty; the <Term id="rok">ROK</Term>', rok)).toContain('US–ROK');
    expect(unexplainedFirstUse('<Term id="dprk">ROK</Term>', rok)).toBeDefined();
  });
});
