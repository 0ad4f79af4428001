import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/lib/reading';
import { isOneSentence, isVerbatim } from '../../src/lib/quotes';
import { citedIds } from '../../src/lib/citations';
import { mdxTree, NOTES, proseOf } from '../../src/lib/content-facts';
import { argumentFiles, contentFiles as allContent } from '../../src/lib/content-index';
import { numberedSources } from '../../src/lib/outline';
import { figureSources } from '../../src/lib/figure-sources';
import { sources } from '../../src/data/sources';
import { readShared } from '../support/shared';
import { PINNED_SLUGS } from '../support/pinned';

const citations = numberedSources();

const essay = readShared('source/essay.txt');

describe('the five arguments', () => {
  it('are five files whose slugs, in essay order, are the pinned ones', () => {
    const slugs = argumentFiles.map((f) => f.data.slug);
    expect(slugs).toEqual(PINNED_SLUGS);
  });

  it.each(argumentFiles)('$file explains in 350-700 words of its own', ({ facts }) => {
    expect(facts.explanationWords).toBeGreaterThanOrEqual(350);
    expect(facts.explanationWords).toBeLessThanOrEqual(700);
  });

  it.each(argumentFiles)('$file quotes the essay once or twice', ({ facts }) => {
    expect(facts.quotes.length).toBeGreaterThanOrEqual(1);
    expect(facts.quotes.length).toBeLessThanOrEqual(2);
  });

  // The summary heads the argument's section, so it counts as part of what the reader is told.
  it.each(argumentFiles)('$file attributes the argument to Huang', ({ text, data }) => {
    expect(`${data.summary} ${proseOf(mdxTree(text), NOTES)}`).toMatch(/\bHuang (argues|writes|says|contends|claims|notes|holds|sees|concludes|points)/);
  });
});

describe('quotations from the essay', () => {
  const quotes = allContent.flatMap((f) => f.facts.quotes.map(({ text, paragraph }) => ({ file: f.file, q: text, paragraph })));

  it.each(quotes)('$file: "$q" is verbatim', ({ q }) => {
    expect(isVerbatim(q, essay)).toBe(true);
  });

  it.each(quotes)('$file: "$q" sits in a paragraph that names Huang', ({ paragraph }) => {
    expect(paragraph).toMatch(/\bHuang\b/);
  });

  it.each(quotes)('$file: "$q" is at most one sentence', ({ q }) => {
    expect(isOneSentence(q)).toBe(true);
  });

  it('stay under about 150 words in all', () => {
    const total = quotes.reduce((sum, { q }) => sum + countWords(q), 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(150);
  });
});

describe('citations', () => {
  const cited = new Set(allContent.flatMap((f) => citedIds(f.facts.cites, figureSources)));

  it('point only at sources that exist', () => {
    const known = new Set<string>(sources.map((s) => s.id));
    expect([...cited].filter((id) => !known.has(id))).toEqual([]);
  });

  it('use every listed source, so none is listed without a number', () => {
    const numbered = new Set(citations.list.map((s) => s.id));
    expect(sources.map((s) => s.id).filter((id) => !numbered.has(id))).toEqual([]);
  });
});
