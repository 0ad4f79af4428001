import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSitePages } from '../support/browser-pages';
import { expectFillsApart, readFills } from '../support/map-colours';

const pages = builtSitePages();

/** Where each view is shown on a page of its own. */
const VIEWS = [
  { view: 'overview', path: '/' },
  { view: 'reach', path: '/arguments/costs-and-proximity/' },
  { view: 'alignments', path: '/arguments/multipolar-region/' },
] as const;
/** Phones (narrow composition) and wider screens (wide composition). */
const PHONES = [320, 360, 390];
const WIDE = [768, 1280];

async function open(path: string, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  return (await pages.open(path, { viewport: { width, height: 900 }, colorScheme })).page;
}

interface TextBox {
  text: string;
  px: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What the reader sees of one map: which composition shows, and each visible text's size and box. */
function readMap(page: Page, view: string) {
  return page.evaluate((view) => {
    const shown = (el: Element) => getComputedStyle(el).display !== 'none' && (el as SVGGraphicsElement).getBBox().width > 0;
    const compositions = [...document.querySelectorAll(`#map-${view} svg.bloc-map__svg`)].filter((svg) => getComputedStyle(svg).display !== 'none');
    const frame = compositions[0]!.getBoundingClientRect();
    const texts = compositions.flatMap((g) =>
      [...g.querySelectorAll<SVGTextElement>('text')].filter(shown).map((t) => {
        const r = t.getBoundingClientRect();
        // The rendered size: the font size in user units times the scale the SVG is drawn at.
        const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a;
        const tspans = [...t.querySelectorAll('tspan')];
        const smallest = Math.min(px, ...tspans.map((s) => parseFloat(getComputedStyle(s).fontSize) * t.getScreenCTM()!.a));
        return { text: t.textContent ?? '', px: smallest, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
      }),
    );
    return {
      compositions: compositions.map((g) => g.getAttribute('class')!.replace('bloc-map__svg ', '')),
      frame: { x0: frame.left, y0: frame.top, x1: frame.right, y1: frame.bottom },
      texts,
    };
  }, view);
}

const overlap = (a: TextBox, b: TextBox, slack = 0.5) => a.x0 + slack < b.x1 && b.x0 + slack < a.x1 && a.y0 + slack < b.y1 && b.y0 + slack < a.y1;

describe.each(VIEWS)('the $view map', ({ view, path }) => {
  it.each(PHONES)('at %i px shows its phone composition, every label 11 px or more, none overlapping or clipped', async (width) => {
    const page = await open(path, width);
    const map = await readMap(page, view);
    expect(map.compositions).toEqual(['bm-narrow']);
    expect(map.texts.length).toBeGreaterThan(3);
    for (const t of map.texts) {
      expect(t.px, `"${t.text}" size`).toBeGreaterThanOrEqual(11);
      expect(
        t.x0 >= map.frame.x0 - 0.5 && t.x1 <= map.frame.x1 + 0.5 && t.y0 >= map.frame.y0 - 0.5 && t.y1 <= map.frame.y1 + 0.5,
        `"${t.text}" inside the frame`,
      ).toBe(true);
    }
    map.texts.forEach((a, i) => map.texts.slice(i + 1).forEach((b) => expect(overlap(a, b), `"${a.text}" over "${b.text}"`).toBe(false)));
    await page.context().close();
  });

  it.each(WIDE)('at %i px shows its wide composition, labels 11 px or more and apart', async (width) => {
    const page = await open(path, width);
    const map = await readMap(page, view);
    expect(map.compositions).toEqual(['bm-wide']);
    for (const t of map.texts) expect(t.px, `"${t.text}" size`).toBeGreaterThanOrEqual(11);
    map.texts.forEach((a, i) => map.texts.slice(i + 1).forEach((b) => expect(overlap(a, b), `"${a.text}" over "${b.text}"`).toBe(false)));
    await page.context().close();
  });
});

describe.each(['light', 'dark'] as const)('map colours in %s', (scheme) => {
  it.each(VIEWS)('the $view map sets every fill that carries meaning 3:1 or more apart from plain land, by fill, hatch or outline', async ({ view, path }) => {
    const page = await open(path, 1280, scheme);
    expectFillsApart(await readFills(page, view));
    await page.context().close();
  });
});
