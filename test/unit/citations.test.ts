import { describe, expect, it } from 'vitest';
import { citedIds, sourceAnchor, sourceNumber, sourcesCitedBy } from '../../src/lib/citations';
import type { Source } from '../../src/data/sources';

const source = (id: string): Source => ({ id, title: id, publisher: 'P', date: '2024-01-01', url: `https://e.org/${id}` });
const list = [source('a'), source('b'), source('c')];

describe('citations', () => {
  it('number a source by its place in the list', () => {
    expect(sourceNumber(list, 'c')).toBe(3);
    expect(sourceAnchor('c')).toBe('source-c');
  });

  it('fail loudly on a mistyped id', () => {
    expect(() => sourceNumber(list, 'zz')).toThrow(/zz/);
  });

  it('are read from MDX in first-citation order, once each', () => {
    expect(citedIds('x<Cite id="b" /> y<Cite id="a"/> z<Cite id=\'b\' />')).toEqual(['b', 'a']);
  });

  it('read tags with other attributes, and refuse tags they cannot read', () => {
    expect(citedIds('<Cite class="x" id="a" />')).toEqual(['a']);
    expect(() => citedIds('<Cite id={"a"} />')).toThrow(/literal/);
  });

  it('count a figure’s sources where the figure stands in the text', () => {
    const figures = { alignments: ['c', 'a'] };
    expect(citedIds('x<Cite id="b" /> <BlocMap view="alignments" /> <Cite id="d" />', figures)).toEqual(['b', 'c', 'a', 'd']);
    expect(citedIds('<BlocMap view="overview" />', figures)).toEqual([]);
  });

  it('count a <Figure name>’s sources the same way', () => {
    expect(citedIds('<Cite id="b" /> <Figure name="timeline" />', { timeline: ['a', 'b', 'c'] })).toEqual(['b', 'a', 'c']);
    expect(() => citedIds('<Figure name={x} />')).toThrow(/name=/);
  });

  it('select what a page cites, in numbering order', () => {
    expect(sourcesCitedBy(list, ['<Cite id="c" />', '<Cite id="a" />']).map((s) => s.id)).toEqual(['a', 'c']);
  });
});
