import { describe, expect, it } from 'vitest';
import { contentFiles, argumentFiles } from '../../src/lib/content-index';
import {
  citesInReadingOrder,
  filesInReadingOrder,
  homeContents,
  numberedSources,
  OUTLINE,
  termsOnHome,
  wordsOnHome,
  type Section,
} from '../../src/lib/outline';

describe('the outline of /', () => {
  it('puts every content file on / once, the masthead first', () => {
    const files = filesInReadingOrder().map((f) => f.file);
    expect(files[0]).toBe('content/front/masthead.mdx');
    expect([...files].sort()).toEqual(contentFiles.map((f) => f.file).sort());
  });

  it('stops the build on a front file it leaves out, naming the file and where to place it', () => {
    expect(() => filesInReadingOrder(OUTLINE.filter((section) => section !== 'about'))).toThrow(/content\/front\/about\.mdx/);
  });

  it('lists every section but the masthead in the contents, in its order, each argument on its own line', () => {
    const ids = homeContents().map((item) => item.id);
    // The arguments replace their one entry with five; About adds its updates and corrections.
    expect(ids).toHaveLength(OUTLINE.length - 1 + argumentFiles.length + 1);
    expect(ids[ids.indexOf('about') + 1]).toBe('corrections');
    expect(homeContents(['sources', ...OUTLINE.filter((s) => s !== 'sources')])[0]!.id).toBe('sources');
  });

  it('draws the timeline once on /, in What happened next: inside / an argument’s <Timeline /> cites nothing', () => {
    const timelines = citesInReadingOrder().filter((mark) => 'element' in mark && mark.element === 'Timeline');
    expect(timelines).toHaveLength(1);
    expect(argumentFiles.some((f) => f.facts.cites.some((mark) => 'element' in mark && mark.element === 'Timeline'))).toBe(true);
  });

  it('numbers sources from the order it is given: moving a section moves its sources’ numbers with it', () => {
    const moved: Section[] = ['glossary', ...OUTLINE.filter((s) => s !== 'glossary')];
    const [site, reordered] = [numberedSources(), numberedSources(moved)];
    expect(reordered.list.map((s) => s.id).sort()).toEqual(site.list.map((s) => s.id).sort());
    const firstInArgument1 = site.citedBy(argumentFiles[0]!.facts.cites)[0]!.id;
    // In the outline's own order the glossary comes after the arguments; moved up, its sources are numbered first.
    const glossaryOnly = site.list
      .map((s) => s.id)
      .find((id) => site.numberOf(id) > site.numberOf(firstInArgument1) && reordered.numberOf(id) < reordered.numberOf(firstInArgument1));
    expect(glossaryOnly).toBeDefined();
  });

  it('counts the same words and opens the same terms whatever the order', () => {
    const reversed = [...OUTLINE].reverse();
    expect(wordsOnHome(reversed)).toBe(wordsOnHome());
    expect(wordsOnHome()).toBe(contentFiles.reduce((sum, f) => sum + f.facts.words, 0));
    expect([...termsOnHome(reversed)].sort()).toEqual([...termsOnHome()].sort());
  });
});
