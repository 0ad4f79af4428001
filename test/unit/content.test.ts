import { describe, expect, it } from 'vitest';
import { countWords, explanationOf, proseText } from '../../src/lib/reading';
import { isVerbatim, quotesIn } from '../../src/lib/quotes';
import { citedIds } from '../../src/lib/citations';
import { figureSources } from '../../src/data/figure-sources';
import { glossary } from '../../src/data/glossary';
import { sources } from '../../src/data/sources';
import { allContent, argumentFiles, beforeGlossary, frontFile } from '../support/content-files';
import { readShared } from '../support/shared';
import { PINNED_SLUGS } from '../support/pinned';

const essay = readShared('source/essay.txt');

/** The slugs are share URLs: changing one breaks every link already sent. */

describe('the five arguments', () => {
  it('are five files whose slugs, in essay order, are the pinned ones', () => {
    const slugs = argumentFiles.map((f) => f.text.match(/^slug:\s*(\S+)/m)?.[1]);
    expect(slugs).toEqual(PINNED_SLUGS);
  });

  it.each(argumentFiles)('$file explains in 350-700 words of its own', ({ text }) => {
    const words = countWords(proseText(explanationOf(text)));
    expect(words).toBeGreaterThanOrEqual(350);
    expect(words).toBeLessThanOrEqual(700);
  });

  it.each(argumentFiles)('$file quotes the essay once or twice', ({ text }) => {
    expect(quotesIn(text).length).toBeGreaterThanOrEqual(1);
    expect(quotesIn(text).length).toBeLessThanOrEqual(2);
  });

  it.each(argumentFiles)('$file attributes the argument to Huang', ({ text }) => {
    expect(explanationOf(text)).toMatch(/\bHuang (argues|writes|says|contends|claims|notes|holds|sees|concludes|points)/);
  });
});

describe('quotations from the essay', () => {
  const quotes = allContent.flatMap((f) => quotesIn(f.text).map((q) => ({ file: f.file, q })));

  it.each(quotes)('$file: "$q" is verbatim', ({ q }) => {
    expect(isVerbatim(q, essay)).toBe(true);
  });

  it.each(quotes)('$file: "$q" sits in a paragraph that names Huang', ({ file, q }) => {
    const text = allContent.find((f) => f.file === file)!.text;
    const paragraph = text.split(/\n\s*\n/).find((p) => p.includes(`<Quote>${q}</Quote>`));
    expect(paragraph).toMatch(/\bHuang\b/);
  });

  it.each(quotes)('$file: "$q" is at most one sentence', ({ q }) => {
    expect(q.replace(/\.$/, '')).not.toMatch(/[.?!]\s+[A-Z]/);
  });

  it('stay under about 150 words in all', () => {
    const total = quotes.reduce((sum, { q }) => sum + countWords(q), 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(150);
  });
});

describe('citations', () => {
  const idsOf = (files: typeof allContent) => files.flatMap((f) => citedIds(f.text, figureSources));
  /** Every citation on `/` in reading order: the prose, then the Glossary section's, then About's. */
  const inReadingOrder = [
    ...idsOf(beforeGlossary),
    ...glossary.flatMap((entry) => (entry.cites === 'essay' ? [] : entry.cites)),
    ...idsOf(frontFile('about')),
  ];
  const cited = new Set(inReadingOrder);

  it('point only at sources that exist', () => {
    const known = new Set(sources.map((s) => s.id));
    expect([...cited].filter((id) => !known.has(id))).toEqual([]);
  });

  it('use every listed source, so the numbering has no gaps', () => {
    expect(sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('are numbered in reading order of first citation', () => {
    const order = [...new Set(inReadingOrder)];
    expect(order).toEqual(sources.map((s) => s.id).filter((id) => order.includes(id)));
  });
});
