import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { citeEssay, citeWebWork, headlineCase, plain, type WebWork } from '../../src/lib/cite-this';
import { essay } from '../../src/data/essay';

const explainer: WebWork = {
  key: 'explainer',
  title: 'Five reasons Huang Jing doubts the US-Japan-ROK alliance',
  site: 'The alliance, explained',
  url: 'https://huang-jing-alliance.example/',
  modified: '2026-11-29',
};
const argument: WebWork = {
  key: 'statement-not-treaty',
  title: 'A statement of intent, not a treaty',
  site: 'The alliance, explained',
  url: 'https://huang-jing-alliance.example/arguments/statement-not-treaty/',
  modified: '2026-09-03',
  partOf: explainer.title,
};

/** What a reference manager would import: citation-js reads the file into CSL-JSON. */
function parse(text: string) {
  const items = new Cite(text).data;
  expect(items).toHaveLength(1);
  return items[0]!;
}

describe('headline-style capitals (Chicago, MLA)', () => {
  it('capitalise major words and hyphenated parts, keep minor words and existing capitals', () => {
    expect(headlineCase('A statement of intent, not a treaty')).toBe('A Statement of Intent, Not a Treaty');
    expect(headlineCase('The unpromising prospect of the US-Japan-ROK Alliance')).toBe('The Unpromising Prospect of the US-Japan-ROK Alliance');
    expect(headlineCase('Background: a look in')).toBe('Background: A Look In');
    expect(headlineCase('short-term and long-run')).toBe('Short-Term and Long-Run');
  });
});

describe('citing the explainer', () => {
  const c = citeWebWork(explainer);

  it('in APA, Chicago and MLA, with the title set in italics where the style asks', () => {
    expect(plain(c.apa)).toBe(
      'The alliance, explained. (2026, November 29). Five reasons Huang Jing doubts the US-Japan-ROK alliance. https://huang-jing-alliance.example/',
    );
    expect(c.apa).toContainEqual({ i: explainer.title });
    expect(plain(c.chicago)).toBe(
      'The alliance, explained. “Five Reasons Huang Jing Doubts the US-Japan-ROK Alliance.” Last modified November 29, 2026. https://huang-jing-alliance.example/.',
    );
    expect(plain(c.mla)).toBe(
      '“Five Reasons Huang Jing Doubts the US-Japan-ROK Alliance.” The alliance, explained, 29 Nov. 2026, huang-jing-alliance.example/.',
    );
    expect(c.mla).toContainEqual({ i: 'The alliance, explained' });
  });

  it('in BibTeX, which a parser reads back with title, corporate author, date and URL', () => {
    expect(c.bibtex).toBe(`@misc{alliance-explained-explainer,
  author = {{The alliance, explained}},
  title = {Five reasons {Huang} {Jing} doubts the {US-Japan-ROK} alliance},
  howpublished = {The alliance, explained},
  year = {2026},
  month = nov,
  date = {2026-11-29},
  url = {https://huang-jing-alliance.example/}
}
`);
    const item = parse(c.bibtex);
    expect(item.title).toBe(explainer.title);
    // Kept whole as one name, not split at its comma into a family and a given name.
    expect(item.author).toEqual([{ family: 'The alliance, explained' }]);
    expect(item.issued).toEqual({ 'date-parts': [[2026, 11, 29]] });
    expect(item.URL).toBe(explainer.url);
  });

  it('in RIS, which a parser reads back as a web page', () => {
    expect(c.ris).toBe(`TY  - ELEC
TI  - Five reasons Huang Jing doubts the US-Japan-ROK alliance
T2  - The alliance, explained
PB  - The alliance, explained
PY  - 2026
DA  - 2026/11/29
UR  - https://huang-jing-alliance.example/
ER  - 
`);
    const item = parse(c.ris);
    expect(item.title).toBe(explainer.title);
    expect(item.URL).toBe(explainer.url);
    expect(item.issued).toEqual({ 'date-parts': [[2026, 11, 29]] });
  });
});

describe('citing one argument page', () => {
  const c = citeWebWork(argument);

  it('names the page, its own date and URL, and the explainer it belongs to', () => {
    expect(plain(c.apa)).toBe(
      'The alliance, explained. (2026, September 3). A statement of intent, not a treaty. https://huang-jing-alliance.example/arguments/statement-not-treaty/',
    );
    expect(plain(c.chicago)).toBe(
      'The alliance, explained. “A Statement of Intent, Not a Treaty.” Last modified September 3, 2026. https://huang-jing-alliance.example/arguments/statement-not-treaty/.',
    );
    expect(plain(c.mla)).toBe(
      '“A Statement of Intent, Not a Treaty.” The alliance, explained, 3 Sept. 2026, huang-jing-alliance.example/arguments/statement-not-treaty/.',
    );
    expect(c.bibtex).toContain('howpublished = {Five reasons Huang Jing doubts the US-Japan-ROK alliance}');
    expect(parse(c.bibtex).title).toBe(argument.title);
    expect(parse(c.ris)['collection-title']).toBe(explainer.title);
  });

  it('refuses a date that is not a day', () => {
    expect(() => citeWebWork({ ...argument, modified: '2026-02-30' })).toThrow();
    expect(() => citeWebWork({ ...argument, modified: '2026-02' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('citing the essay', () => {
  const c = citeEssay(essay);

  it('gives author, title and publication, and no date or URL, since none is known', () => {
    expect(plain(c.apa)).toBe(
      'Huang, J. (n.d.). The unpromising prospect of the US-Japan-ROK Alliance. Briefing Notes on the United States and the Asia-Pacific Region.',
    );
    expect(c.apa).toContainEqual({ i: essay.publication });
    expect(plain(c.chicago)).toBe(
      'Huang, Jing. “The Unpromising Prospect of the US-Japan-ROK Alliance.” Briefing Notes on the United States and the Asia-Pacific Region, n.d.',
    );
    expect(plain(c.mla)).toBe(
      'Huang, Jing. “The Unpromising Prospect of the US-Japan-ROK Alliance.” Briefing Notes on the United States and the Asia-Pacific Region.',
    );
  });

  it('carries the author’s affiliation into BibTeX and RIS, which parse back', () => {
    expect(c.bibtex).toBe(`@misc{huang-unpromising,
  author = {Huang, Jing},
  title = {The unpromising prospect of the {US-Japan-ROK} {Alliance}},
  howpublished = {Briefing Notes on the United States and the Asia-Pacific Region},
  note = {Huang Jing: Distinguished Professor, Shanghai International Studies University. Undated}
}
`);
    expect(c.ris).toBe(`TY  - GEN
AU  - Huang, Jing
AD  - Distinguished Professor, Shanghai International Studies University
TI  - The unpromising prospect of the US-Japan-ROK Alliance
T2  - Briefing Notes on the United States and the Asia-Pacific Region
N1  - Undated.
ER  - 
`);
    for (const text of [c.bibtex, c.ris]) {
      const item = parse(text);
      expect(item.title).toBe(essay.title);
      expect(item.author).toEqual([{ family: 'Huang', given: 'Jing' }]);
      expect(item.issued).toBeUndefined();
    }
  });
});
