import { describe, expect, it } from 'vitest';
import { NOTES, proseOf } from '../../src/lib/content-facts';
import { countWords, readingMinutes } from '../../src/lib/reading';
import { factsOfMdx, mdxTree } from '../../src/lib/content-facts';

describe('the words a reader reads, from the MDX tree', () => {
  it('drop frontmatter, imports and tags but keep the words inside components', () => {
    const mdx = `---\ntitle: "Not counted"\n---\nimport X from './x';\n\nHuang argues <Quote>only an expression of intent</Quote>.<Cite id="a" />\n`;
    expect(proseOf(mdxTree(mdx))).toBe('Huang argues only an expression of intent .');
    expect(factsOfMdx(mdx).words).toBe(7);
  });

  it('drop frontmatter written with Windows line endings too', () => {
    expect(proseOf(mdxTree('---\r\ntitle: "Not counted"\r\n---\r\nCounted.'))).toBe('Counted.');
  });

  it('keep link text and drop link targets and Markdown marks', () => {
    expect(proseOf(mdxTree('## A *bold* [claim](https://example.org/x)'))).toBe('A bold claim');
  });
});

describe('countWords', () => {
  it('counts hyphenated and apostrophised words once', () => {
    expect(countWords('US-Japan-ROK leaders’ summit isn’t a treaty')).toBe(6);
  });

  it('ignores punctuation but counts numbers as words', () => {
    expect(countWords('— , . [1] 2023')).toBe(2);
  });

  it('is zero for empty text', () => {
    expect(countWords('')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes at 230 words a minute', () => {
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(690)).toBe(3);
    expect(readingMinutes(800)).toBe(3);
  });

  it('never says zero minutes', () => {
    expect(readingMinutes(10)).toBe(1);
  });
});

describe('the explanation alone', () => {
  it('leaves out the Context and Since-then notes', () => {
    const mdx = 'Huang argues X.\n\n<Context>\n\nFact one.\n\n</Context>\n\nMore.\n\n<SinceThen>\n\nLater.\n\n</SinceThen>\n';
    expect(proseOf(mdxTree(mdx), NOTES)).toBe('Huang argues X. More.');
    expect(factsOfMdx(mdx)).toMatchObject({ words: 7, explanationWords: 4 });
  });
});
