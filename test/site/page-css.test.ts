import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { builtPages, type BuiltPage } from '../support/dist-pages';

const pages = [...builtPages(inject('distDir')).values()];

/** The class names in the selectors of a stylesheet (comments dropped). */
function styledClasses(css: string): Set<string> {
  const selectors = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]*)\{/g)].map((m) => m[1]!);
  return new Set(selectors.flatMap((selector) => [...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!)));
}

/** A class's component: `bm` for `bm-key`, `tl` for `tl__svg`, `bloc` for `bloc-map--reach`. */
const family = (name: string) => name.split(/[-_]/)[0]!;

/** The site-wide sheets every page carries: their classes are styled on every page by design. */
const SITE_WIDE = new Set(['global.css', 'print.css'].flatMap((file) => [...styledClasses(readFileSync(new URL(`../../src/styles/${file}`, import.meta.url), 'utf8'))]));

const inlineCss = (page: BuiltPage) => page.doc.querySelectorAll('style').map((style) => style.text).join('\n');
const renderedFamilies = (page: BuiltPage) => new Set(page.doc.querySelectorAll('body [class]').flatMap((el) => el.classList.value.map(family)));

/** A component's CSS (map, figures) by the class prefix its rules use, and the element that renders it. */
const PARTS = [
  { name: 'map', prefix: /^(bloc-map|bm-)/, renders: '.bloc-map' },
  { name: 'what binds', prefix: /^wb(__|-|$)/, renders: '#figure-what-binds' },
  { name: 'timeline', prefix: /^tl(__|-|$)/, renders: '#figure-timeline' },
  { name: 'triangle', prefix: /^tri(__|-|$)/, renders: '#figure-triangle' },
] as const;

describe('each page carries the CSS of what it renders, and no more', () => {
  it('builds the pages it checks', () => {
    expect(pages.map((page) => page.path)).toEqual(expect.arrayContaining(['/', '/404.html', '/arguments/statement-not-treaty/']));
  });

  it.each(pages)('$path styles no component it does not render (beyond the site-wide sheets)', (page) => {
    const rendered = renderedFamilies(page);
    const strays = [...styledClasses(inlineCss(page))].filter((name) => !SITE_WIDE.has(name) && !rendered.has(family(name)));
    expect(strays).toEqual([]);
  });

  it.each(PARTS)('the $name CSS is on exactly the pages that render it', ({ prefix, renders }) => {
    for (const page of pages) {
      const styled = [...styledClasses(inlineCss(page))].some((name) => prefix.test(name));
      expect(styled, page.path).toBe(page.doc.querySelector(renders) !== null);
    }
  });
});
