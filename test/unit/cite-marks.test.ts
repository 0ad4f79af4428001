import { describe, expect, it } from 'vitest';
import { backLinkLabel, citeMarkId, citePlaces, figureAnchor, nextMark } from '../../src/lib/cite-marks';
import { encodeTextDirective, textFragment, textOfHtml } from '../../src/lib/text-fragment';
import { factsOfMdx } from '../../src/lib/content-facts';

const cites = (mdx: string) => factsOfMdx(mdx).cites;

describe('citation marks and back-links', () => {
  it('count each source’s marks on a page, and the figures that cite it, whatever their order', () => {
    const places = citePlaces(
      cites('a<Cite id="x" /> b<Cite id="y"/>\n\nc<Cite id="x" /> <BlocMap view="alignments" /> <BlocMap view="overview" /> <WhatBinds />'),
      { alignments: ['y', 'z', 'z'], WhatBinds: ['x'] },
    );
    expect(Object.fromEntries(places)).toEqual({
      x: { marks: 2, figures: ['figure-what-binds'] },
      y: { marks: 1, figures: ['map-alignments'] },
      z: { marks: 0, figures: ['map-alignments'] },
    });
  });

  it('link back to a map by its view and to any other figure by its element name', () => {
    expect(figureAnchor({ element: 'BlocMap', view: 'reach' })).toBe('map-reach');
    expect(figureAnchor({ element: 'Timeline' })).toBe('figure-timeline');
  });

  it('link back to a section drawn from data (the Glossary) at the anchor it gives', () => {
    const places = citePlaces([{ source: 'x' }, { anchor: 'glossary', sources: ['x', 'y'] }]);
    expect(Object.fromEntries(places)).toEqual({ x: { marks: 1, figures: ['glossary'] }, y: { marks: 0, figures: ['glossary'] } });
  });

  it('number marks per page and per key, starting again on another page', () => {
    const page = {};
    expect([nextMark(page, 'x'), nextMark(page, 'x'), nextMark(page, 'y')]).toEqual([1, 2, 1]);
    expect(nextMark({}, 'x')).toBe(1);
    expect(citeMarkId(3, 2)).toBe('cite-3-2');
  });

  it('letter back-links as Wikipedia does', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(backLinkLabel)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba']);
  });
});

describe('text fragments', () => {
  it('take the text a reader sees from rendered HTML', () => {
    expect(textOfHtml('the <em>three</em>\n sitting&nbsp;state-heads&#8217; &amp; “more”')).toBe('the three sitting\u00a0state-heads’ & “more”');
  });

  it('escape what separates or marks the parts of a text directive, and every non-ASCII character', () => {
    expect(encodeTextDirective('state-heads, A & B’s')).toBe('state%2Dheads%2C%20A%20%26%20B%E2%80%99s');
    expect(decodeURIComponent(encodeTextDirective('a-b,c&d'))).toBe('a-b,c&d');
  });

  it('fall back to an element’s anchor where the text is not found', () => {
    expect(textFragment('a-b', 'slug')).toBe('#slug:~:text=a%2Db');
    expect(textFragment('a')).toBe('#:~:text=a');
  });
});
