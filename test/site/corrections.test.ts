import { describe, expect, inject, it } from 'vitest';
import { licence } from '../../src/consts';
import { corrections } from '../../src/data/corrections';
import { correctionsFor } from '../../src/lib/corrections';
import { builtPages } from '../support/dist-pages';
import { PINNED_SLUGS as SLUGS } from '../support/pinned';

const pages = builtPages(inject('distDir'));
const home = pages.get('/')!;
const ARTICLES = ['/', ...SLUGS.map((s) => `/arguments/${s}/`)];
const jsonLd = (path: string) =>
  JSON.parse(pages.get(path)!.doc.querySelector('script[type="application/ld+json"]')!.text) as { dateModified: string; license: string };

describe('updates and corrections', () => {
  it('lists every entry in About on /, and the contents list links to it', () => {
    const list = home.doc.querySelector('#about #corrections');
    expect(list).not.toBeNull();
    expect(list!.querySelectorAll('li')).toHaveLength(corrections.length);
    expect(home.doc.querySelector('.contents a[href="#corrections"]')).not.toBeNull();
    for (const c of corrections) expect(list!.text.replace(/\s+/g, ' ')).toContain(c.text);
  });

  it.each(SLUGS)('shows on /arguments/%s/ the entries that concern it, and only those', (slug) => {
    const own = correctionsFor(corrections, slug);
    const list = pages.get(`/arguments/${slug}/`)!.doc.querySelector('#corrections');
    if (own.length === 0) return expect(list).toBeNull();
    expect(list!.querySelectorAll('li').map((li) => li.text.replace(/\s+/g, ' '))).toEqual(own.map((c) => expect.stringContaining(c.text)));
  });

  it.each(ARTICLES)('%s: the visible “last updated” date is the JSON-LD dateModified, and no entry is later', (path) => {
    const { doc } = pages.get(path)!;
    const shown = doc.querySelector('.corrections__modified time')?.getAttribute('datetime');
    const modified = jsonLd(path).dateModified;
    if (shown) expect(shown).toBe(modified);
    const own = path === '/' ? corrections : correctionsFor(corrections, path.split('/')[2]!);
    for (const c of own) expect(c.date <= modified).toBe(true);
  });
});

describe('reuse', () => {
  it('states the licence in About with rel="license", and keeps the essay’s words and the map credit apart', () => {
    const link = home.doc.querySelector('#about a[rel="license"]');
    expect(link?.getAttribute('href')).toBe(licence.url);
    const text = home.doc.querySelector('#about .reuse')!.text.replace(/\s+/g, ' ');
    expect(text).toMatch(/essay’s words[^.]*remain Huang Jing’s/);
    expect(home.doc.querySelector('#map-overview .bloc-map__credit')?.text).toMatch(/Natural Earth/);
  });

  it.each(ARTICLES)('%s: names the licence in its JSON-LD', (path) => {
    expect(jsonLd(path).license).toBe(licence.url);
  });
});
