import { describe, expect, inject, it } from 'vitest';
import { essay } from '../../src/data/essay';
import { builtPages } from '../support/dist-pages';
import { readShared } from '../support/shared';
import { copiedRuns, cutAt, visibleSegments, words } from '../support/verbatim';

const pages = [...builtPages(inject('distDir')).values()];
const essayText = readShared('source/essay.txt');

/**
 * Names the site must give as the essay gives them, each with the reason. A run inside one of
 * these is not copying; the words either side of it still count, and never join across it.
 */
const ALLOWED: ReadonlyArray<{ text: string; why: string }> = [
  { text: essay.title, why: 'the title of the work the site explains, given in its credit, masthead and citations' },
  { text: essay.publication, why: 'the name of the publication the essay appeared in, given in its credit and citations' },
];

describe('the essay’s words outside quotation', () => {
  it('reads every page, the full read and the five argument pages included', () => {
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/404.html', '/arguments/statement-not-treaty/']));
    expect(pages.length).toBeGreaterThanOrEqual(7);
  });

  it('finds each allowed name in the essay, so the list allows nothing it does not need', () => {
    const essayWords = ` ${words(essayText).join(' ')} `;
    for (const { text } of ALLOWED) expect(essayWords, text).toContain(` ${words(text).join(' ')} `);
  });

  const runsIn = (html: string) =>
    copiedRuns(
      visibleSegments(html).flatMap((s) =>
        cutAt(
          s,
          ALLOWED.map((a) => a.text),
        ),
      ),
      essayText,
      6,
    );

  it.each(pages.map((p) => [p.path, p] as const))('%s copies no run of six or more of the essay’s words outside a <Quote>', (_, page) => {
    expect(runsIn(page.html)).toEqual([]);
  });

  it('would catch a planted run on a real page', () => {
    const home = pages.find((p) => p.path === '/')!;
    const planted = home.html.replace('</main>', '<p>the statement does not address the structural problems</p></main>');
    expect(runsIn(planted)).toEqual(['the statement does not address the structural problems']);
  });
});
