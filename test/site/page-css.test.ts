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
const SITE_WIDE = new Set(
  ['global.css', 'print.css'].flatMap((file) => [...styledClasses(readFileSync(new URL(`../../src/styles/${file}`, import.meta.url), 'utf8'))]),
);

const inlineCss = (page: BuiltPage) =>
  page.doc
    .querySelectorAll('style')
    .map((style) => style.text)
    .join('\n');
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

/** The top-level statements and blocks of a stylesheet: `@layer x`, or a selector for a rule outside any layer. */
function topLevel(css: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '{' && depth++ === 0) out.push(css.slice(start, i).trim());
    else if (c === '}' && --depth === 0) start = i + 1;
    else if (c === ';' && depth === 0) {
      out.push(css.slice(start, i).trim());
      start = i + 1;
    }
  }
  return out;
}

describe('the cascade is ordered by layers (src/styles/layers.css), not by specificity', () => {
  it.each(pages)('$path puts every rule in a layer, and meets the layers in their declared order', (page) => {
    const blocks = page.doc.querySelectorAll('style').flatMap((style) => topLevel(style.text));
    expect(blocks.filter((block) => !block.startsWith('@layer '))).toEqual([]);
    // The order a browser gives layers is the order it first meets their names.
    const met = [
      ...new Set(
        blocks.flatMap((block) =>
          block
            .slice('@layer '.length)
            .split(',')
            .map((name) => name.trim()),
        ),
      ),
    ];
    expect(met).toEqual(['tokens', 'base', 'components', 'figures', 'print', 'forced']);
  });

  it.each(pages)('$path uses :root only for custom properties, never in front of a selector or around rules to outrank others', (page) => {
    const css = inlineCss(page);
    const roots = css.match(/:root/g) ?? [];
    const plain = css.match(/:root\s*\{[^{}]*\}/g) ?? [];
    expect(roots.length).toBeGreaterThan(0);
    expect(plain).toHaveLength(roots.length);
  });
});
