import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { figureSourceIds } from '../../src/lib/figures';
import { sources } from '../../src/data/sources';
import { numberedSources } from '../../src/lib/outline';
import { BUDGET } from '../support/budgets';
import { builtPages } from '../support/dist-pages';

const pages = builtPages(inject('distDir'));
const citations = numberedSources();
const home = pages.get('/')!;

/** Each figure, the class its own CSS uses, and where it belongs: its argument's page and, on /, its section. */
const FIGURES = [
  { name: 'what-binds', element: 'WhatBinds', css: 'wb', svg: false, path: '/arguments/statement-not-treaty/', within: '#statement-not-treaty' },
  { name: 'timeline', element: 'Timeline', css: 'tl', svg: true, path: '/arguments/leaders-short-terms/', within: '#what-happened-next' },
  { name: 'triangle', element: 'Triangle', css: 'tri', svg: true, path: '/arguments/structural-imbalance/', within: '#structural-imbalance' },
] as const;

/** The rules of a page's inline CSS whose selectors use a class prefix (flat rules, including those inside @container). */
function cssFor(html: string, prefix: string): string {
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  return [...css.matchAll(/[^{}]*\{[^{}]*\}/g)]
    .map((m) => m[0])
    .filter((rule) => new RegExp(`\\.(${prefix}|fig)[_-]|\\.(${prefix}|fig)\\b`).test(rule.split('{')[0]!))
    .join('');
}

describe('the figures in the built site', () => {
  it.each(FIGURES)('$name is on its argument page and once on /, inside $within', ({ name, path, within }) => {
    expect(pages.get(path)!.doc.querySelectorAll(`#figure-${name}`)).toHaveLength(1);
    expect(home.doc.querySelectorAll(`#figure-${name}`)).toHaveLength(1);
    expect(home.doc.querySelector(`${within} #figure-${name}`)).not.toBeNull();
  });

  it.each(FIGURES)('$name has its caption, and a title and description or is itself lists and tables', ({ name, path, svg }) => {
    const fig = pages.get(path)!.doc.querySelector(`#figure-${name}`)!;
    expect(fig.querySelector('figcaption')!.text.trim().length).toBeGreaterThan(40);
    if (svg) {
      const root = fig.querySelector('svg[role="img"]')!;
      expect(fig.querySelector(`#${root.getAttribute('aria-labelledby')}`)!.tagName).toBe('TITLE');
      expect(fig.querySelector(`#${root.getAttribute('aria-describedby')}`)!.text.length).toBeGreaterThan(80);
      expect(root.getAttribute('viewBox')).toBe(`0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`);
    }
    // The alternative every reader gets: a list or a real table, with a citation on each fact.
    const rows = fig.querySelectorAll('li, tbody tr');
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows.filter((r) => !r.querySelector('li'))) expect(row.querySelector('.cite'), row.text).not.toBeNull();
  });

  it.each(FIGURES)('$name: every source it cites is in its page’s sources list', ({ element, path }) => {
    const doc = pages.get(path)!.doc;
    for (const id of figureSourceIds[element]) {
      // The entry under the source's number is that source: its title links to the source's address.
      const entry = doc.querySelector(`#sources #source-${citations.numberOf(id)}`);
      expect(entry?.querySelector('.sources__title')?.getAttribute('href'), id).toBe(sources.find((source) => source.id === id)!.url);
    }
  });

  it.each(FIGURES)('$name costs at most 4 KB gzip, markup and its own CSS together', ({ name, path, css }) => {
    const page = pages.get(path)!;
    const bytes = gzipSync(page.doc.querySelector(`#figure-${name}`)!.outerHTML + cssFor(page.html, css)).length;
    expect(bytes).toBeLessThanOrEqual(BUDGET.figure);
  });

  it('lists What happened next in the contents, after the arguments and before About', () => {
    const hrefs = home.doc.querySelectorAll('.contents a').map((a) => a.getAttribute('href'));
    const next = hrefs.indexOf('#what-happened-next');
    expect(next).toBeGreaterThan(hrefs.indexOf('#multipolar-region'));
    expect(next).toBeLessThan(hrefs.indexOf('#about'));
    expect(home.doc.querySelector('#what-happened-next h2')!.text).toBe('What happened next');
  });

  it('has argument 2 point to the timeline inside the full read, and draw it on its own page', () => {
    expect(home.doc.querySelector('#leaders-short-terms [data-figure="timeline"] a[href="#what-happened-next"]')).not.toBeNull();
    expect(pages.get('/arguments/leaders-short-terms/')!.doc.querySelector('#leaders-short-terms #figure-timeline')).not.toBeNull();
  });
});
