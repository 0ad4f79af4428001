import { describe, expect, it } from 'vitest';
import { citedIds, numberSources, sourceAnchor } from '../../src/lib/citations';
import type { Source } from '../../src/data/sources';
import { factsOfMdx } from '../../src/lib/content-facts';

const source = (id: string): Source => ({ id, title: id, publisher: 'P', date: '2024-01-01', url: `https://e.org/${id}` });
const list = [source('a'), source('b'), source('c')];
const cites = (mdx: string) => factsOfMdx(mdx).cites;

describe('citations', () => {
  it('number sources by first citation in the content, whatever the order of the list', () => {
    const numbered = numberSources(list, cites('x<Cite id="c" /> y<Cite id="a" /> z<Cite id="c" />'));
    expect(numbered.numberOf('c')).toBe(1);
    expect(numbered.numberOf('a')).toBe(2);
    expect(numbered.list.map((s) => s.id)).toEqual(['c', 'a']);
    // Anchored by the number the reader sees, the same on every page.
    expect(sourceAnchor(numbered.numberOf('c'))).toBe('source-1');
  });

  it('fail loudly on a mistyped id, and give no number to a source cited nowhere', () => {
    expect(() => numberSources(list, cites('<Cite id="zz" />'))).toThrow(/zz/);
    const numbered = numberSources(list, cites('<Cite id="a" />'));
    expect(() => numberSources(list, []).numberOf('zz')).toThrow(/zz/);
    expect(() => numbered.numberOf('b')).toThrow(/cited nowhere/);
  });

  it('are read from MDX in first-citation order, once each', () => {
    expect(citedIds(cites('x<Cite id="b" /> y<Cite id="a"/> z<Cite id=\'b\' />'))).toEqual(['b', 'a']);
  });

  it('read tags with other attributes, and refuse tags they cannot read', () => {
    expect(citedIds(cites('<Cite class="x" id="a" />'))).toEqual(['a']);
    expect(() => cites('<Cite id={"a"} />')).toThrow(/literal/);
  });

  it('count a figure’s sources where the figure stands in the text', () => {
    const figures = { alignments: ['c', 'a'], Timeline: ['e'] };
    expect(citedIds(cites('x<Cite id="b" /> <BlocMap view="alignments" /> <Cite id="d" /> <Timeline />'), figures)).toEqual(['b', 'c', 'a', 'd', 'e']);
    expect(citedIds(cites('<BlocMap view="overview" />'), figures)).toEqual([]);
  });

  it('select what a page cites, in numbering order', () => {
    const numbered = numberSources(list, cites('<Cite id="a" /> <Cite id="b" /> <Cite id="c" />'));
    expect(numbered.citedBy(cites('<Cite id="c" /> <Cite id="a" />')).map((s) => s.id)).toEqual(['a', 'c']);
  });
});
