import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from '../support/dist-pages';
import { PINNED_SLUGS as SLUGS, SITE_ORIGIN } from '../support/pinned';

const dist = inject('distDir');
const pages = builtPages(dist);
const ARTICLES = ['/', ...SLUGS.map((s) => `/arguments/${s}/`)];
const article = (path: string) => pages.get(path)!;
const meta = (doc: HTMLElement, key: string) => doc.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content');
interface JsonLd {
  '@context': string;
  '@type': string;
  headline: string;
  description: string;
  url: string;
  dateModified: string;
  isPartOf: { url: string };
  isBasedOn: unknown;
}
const jsonLd = (doc: HTMLElement) => JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text) as JsonLd;

/** The text a reader can find on a page: its main content without closed popovers, except the entries of a list that open as cards, which show in their list. */
function findableText(doc: HTMLElement): string {
  const main = doc.querySelector('main')!.clone() as HTMLElement;
  for (const popover of main.querySelectorAll('[popover]')) if (!['OL', 'DL'].includes(popover.parentNode?.tagName ?? '')) popover.remove();
  return main.text.replace(/[ \t\n\r\f]+/g, ' ');
}

describe('sources that point back', () => {
  it.each(ARTICLES)('%s: every back-link lands on a citation mark or figure, and every mark has one', (path) => {
    const { doc } = article(path);
    const backs = doc.querySelectorAll('.sources__back[href], .sources__back a').map((a) => a.getAttribute('href')!);
    expect(backs.length).toBeGreaterThan(0);
    for (const href of backs) {
      const target = doc.getElementById(href.slice(1));
      expect(target, href).not.toBeNull();
      // A mark, a figure, or the Glossary section, whose entries cite their sources as a figure does.
      expect(target!.tagName === 'BUTTON' || target!.tagName === 'FIGURE' || target!.id === 'glossary', href).toBe(true);
      // The back-link sits in the entry of the source that mark cites.
      const entry = doc.querySelectorAll('.sources__list li').find((li) => li.querySelector(`a[href="${href}"]`))!;
      if (target!.tagName === 'BUTTON') expect(target!.getAttribute('popovertarget')).toBe(entry.id);
    }
    const marks = doc.querySelectorAll('sup.cite button');
    expect(marks.map((m) => `#${m.id}`).sort()).toEqual(backs.filter((h) => h.startsWith('#cite-')).sort());
  });

  it.each(ARTICLES)('%s: every citation mark opens its own source’s entry in the sources list, a popover', (path) => {
    const { doc } = article(path);
    const ids = doc.querySelectorAll('[id]').map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    const marks = doc.querySelectorAll('sup.cite button');
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      const entry = doc.querySelector(`.sources__list > li#${mark.getAttribute('popovertarget')}`);
      expect(entry, mark.id).not.toBeNull();
      expect(entry!.hasAttribute('popover')).toBe(true);
      expect(mark.text).toBe(`Source ${entry!.getAttribute('value')}`);
    }
    // Only entries a mark opens are popovers: the list carries no other copy of a source.
    const opened = new Set(marks.map((mark) => mark.getAttribute('popovertarget')));
    const cards = doc.querySelectorAll('.sources [popover]').map((el) => el.id);
    expect(cards.sort()).toEqual([...opened].sort());
    // An argument's own page also gives each such entry one hover preview (its title, publisher and
    // date in a hint popover), which every mark opening the entry points at; `/` carries none.
    const hints = marks.map((mark) => mark.getAttribute('interestfor'));
    if (path === '/') {
      expect(hints.filter(Boolean)).toEqual([]);
      expect(doc.querySelectorAll('[popover="hint"]')).toHaveLength(0);
    } else {
      for (const hint of hints) expect(doc.querySelector(`#${hint}`)?.getAttribute('popover'), hint ?? 'no interestfor').toBe('hint');
      const pairs = new Set(marks.map((mark) => `${mark.getAttribute('popovertarget')} ${mark.getAttribute('interestfor')}`));
      expect(new Set(hints).size).toBe(opened.size);
      expect(pairs.size).toBe(opened.size);
    }
  });
});

describe('machine metadata', () => {
  it.each(ARTICLES)('%s carries the Highwire citation tags, og:site_name and article:modified_time', (path) => {
    const { doc } = article(path);
    const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href');
    expect(meta(doc, 'citation_title')).toBe(doc.querySelector('h1')!.text);
    expect(meta(doc, 'citation_author')).toBe('Huang Jing’s essay, explained');
    expect(meta(doc, 'citation_publication_date')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(meta(doc, 'citation_publisher')).toBeTruthy();
    expect(meta(doc, 'citation_language')).toBe('en');
    expect(meta(doc, 'citation_fulltext_html_url')).toBe(canonical);
    expect(meta(doc, 'og:site_name')).toBe('Huang Jing’s essay, explained');
    expect(meta(doc, 'article:modified_time')).toBe(meta(doc, 'citation_publication_date')!.replaceAll('/', '-'));
  });

  it.each(ARTICLES)('%s describes itself in JSON-LD as an Article based on the essay', (path) => {
    const { doc } = article(path);
    const data = jsonLd(doc);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Article');
    expect(data.headline).toBe(meta(doc, 'citation_title'));
    expect(data.description).toBe(meta(doc, 'description'));
    expect(data.url).toBe(doc.querySelector('link[rel="canonical"]')!.getAttribute('href'));
    expect(data.dateModified).toBe(meta(doc, 'article:modified_time'));
    expect(data.isPartOf.url).toBe(`${SITE_ORIGIN}/`);
    expect(data.isBasedOn).toMatchObject({
      '@type': 'CreativeWork',
      name: 'The unpromising prospect of the US-Japan-ROK Alliance',
      author: { '@type': 'Person', name: 'Huang Jing', affiliation: { name: 'Shanghai International Studies University' } },
    });
  });
});

describe('citation files', () => {
  const works: { key: string; path?: string }[] = [
    { key: 'explainer', path: '/' },
    { key: 'essay' },
    ...SLUGS.map((s) => ({ key: s, path: `/arguments/${s}/` })),
  ];

  it.each(works)('/cite/$key.bib and .ris import into a reference manager with the page’s title, URL and date', ({ key, path }) => {
    for (const ext of ['bib', 'ris']) {
      const file = join(dist, 'cite', `${key}.${ext}`);
      expect(existsSync(file), file).toBe(true);
      const [item] = new Cite(readFileSync(file, 'utf8')).data;
      if (!path) {
        expect(item!.title).toBe('The unpromising prospect of the US-Japan-ROK Alliance');
        expect(item!.author).toEqual([{ family: 'Huang', given: 'Jing' }]);
        continue;
      }
      const { doc } = article(path);
      expect(item!.title).toBe(meta(doc, 'citation_title'));
      expect(item!.URL).toBe(meta(doc, 'citation_fulltext_html_url'));
      const day = meta(doc, 'article:modified_time')!.split('-').map(Number);
      expect(item!.issued).toEqual({ 'date-parts': [day] });
    }
  });

  it.each(ARTICLES)('%s offers its citations as selectable text and links to its files', (path) => {
    const { doc } = article(path);
    const section = doc.getElementById('cite')!;
    expect(section.querySelectorAll('.citations__text').length).toBeGreaterThanOrEqual(3);
    for (const copy of section.querySelectorAll('[data-copy-text]')) {
      expect(copy.hasAttribute('hidden')).toBe(true);
      expect(doc.getElementById(copy.getAttribute('data-copy-text')!)!.text.length).toBeGreaterThan(20);
    }
    const files = section.querySelectorAll('a[download]').map((a) => a.getAttribute('href'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const href of files) expect(existsSync(join(dist, href!))).toBe(true);
  });

  it('lists "Cite this explainer" in the contents of /, after About (and its updates and corrections) and before Sources', () => {
    const hrefs = article('/')
      .doc.querySelectorAll('.contents a')
      .map((a) => a.getAttribute('href'));
    expect(hrefs.slice(-4)).toEqual(['#about', '#corrections', '#cite', '#sources']);
  });
});

describe('links to quotes', () => {
  const quoteLinks = ARTICLES.flatMap((path) =>
    article(path)
      .doc.querySelectorAll('.quote-link a')
      .map((a) => ({ path, quote: a.closest('.quote-link')!.previousElementSibling!.text, href: a.getAttribute('href')! })),
  );

  it('follow every quote', () => {
    const quotes = ARTICLES.reduce((n, path) => n + article(path).doc.querySelectorAll('q.quote').length, 0);
    expect(quoteLinks).toHaveLength(quotes);
    expect(quotes).toBeGreaterThan(5);
  });

  it.each(quoteLinks)('$path: the text fragment of “$quote” matches those words, once, on its argument page', ({ quote, href }) => {
    const url = new URL(href, `${SITE_ORIGIN}/`);
    const [anchor, directive] = url.hash.slice(1).split(':~:text=');
    expect(directive).toBeDefined();
    // Only percent-escapes may carry the characters that delimit a text directive.
    expect(directive).not.toMatch(/[-,&]/);
    const text = decodeURIComponent(directive!);
    expect(text).toBe(quote.replace(/[ \t\n\r\f]+/g, ' ').trim());
    const target = article(url.pathname);
    expect(target.doc.getElementById(anchor!), `fallback #${anchor}`).not.toBeNull();
    const findable = findableText(target.doc).toLowerCase();
    expect(findable.split(text.toLowerCase()).length - 1).toBe(1);
  });
});
