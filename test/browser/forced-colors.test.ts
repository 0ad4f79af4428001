import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contrast } from '../support/contrast';
import { builtSitePages } from '../support/browser-pages';
import { expectFillsApart, readFills } from '../support/map-colours';
import { PINNED_SLUGS as SLUGS } from '../support/pinned';
import { tabStops } from '../support/tab-stops';

// Windows High Contrast and the like, as Chromium emulates it: the system's Canvas and CanvasText
// follow the colour scheme (white on black for dark, black on white for light).
const { open } = builtSitePages();
const PATHS = ['/', ...SLUGS.map((s) => `/arguments/${s}/`), '/404.html'];
const SCHEMES = ['dark', 'light'] as const;
const forced = (colorScheme: 'light' | 'dark') => ({ forcedColors: 'active' as const, colorScheme, viewport: { width: 1280, height: 900 } });

/** The page's Canvas as the browser paints it. */
const canvasOf = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('forced colours', () => {
  it.each(PATHS)('%s: every tab stop shows a focus ring 2 px or thicker, 3:1 against Canvas, in dark and light', async (path) => {
    for (const scheme of SCHEMES) {
      const { page, context } = await open(path, forced(scheme));
      const canvas = await canvasOf(page);
      const stops = await tabStops(page, (el) => {
        const s = getComputedStyle(el);
        return { what: el.outerHTML.slice(0, 80), style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
      });
      expect(stops.length, 'tab stops').toBeGreaterThan(3);
      for (const stop of stops) {
        expect(stop.style, `${scheme}: ${stop.what}`).not.toBe('none');
        expect(stop.width, `${scheme}: ${stop.what}`).toBeGreaterThanOrEqual(2);
        expect(contrast(stop.color, canvas), `${scheme}: ${stop.what}`).toBeGreaterThanOrEqual(3);
      }
      await context.close();
    }
  });

  it.each(SCHEMES)('in %s, an open card (a source, a term) has an edge 3:1 against Canvas', async (scheme) => {
    const { page, context } = await open('/', forced(scheme));
    const canvas = await canvasOf(page);
    for (const opener of ['.cite button', 'button.term']) {
      const button = page.locator(opener).first();
      const id = (await button.getAttribute('popovertarget'))!;
      await button.click();
      const edge = await page.evaluate((id) => {
        const s = getComputedStyle(document.getElementById(id)!);
        return {
          open: document.getElementById(id)!.matches(':popover-open'),
          width: parseFloat(s.borderTopWidth),
          style: s.borderTopStyle,
          color: s.borderTopColor,
        };
      }, id);
      expect(edge.open, opener).toBe(true);
      expect(edge.style, opener).toBe('solid');
      expect(edge.width, opener).toBeGreaterThanOrEqual(1);
      expect(contrast(edge.color, canvas), opener).toBeGreaterThanOrEqual(3);
      await page.keyboard.press('Escape');
    }
    await context.close();
  });

  it.each(SCHEMES)('in %s, the contents marks the section being read in a colour apart from the other entries', async (scheme) => {
    const { page, context } = await open('/', forced(scheme));
    await page.locator('#leaders-short-terms').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('.contents a[aria-current]'));
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('.contents__list a')].map((a) => ({ current: a.hasAttribute('aria-current'), rule: getComputedStyle(a).borderLeftColor })),
    );
    const canvas = await canvasOf(page);
    for (const m of marks) {
      if (m.current) expect(contrast(m.rule, canvas), 'the current entry’s rule').toBeGreaterThanOrEqual(3);
      else expect(contrast(m.rule, canvas), 'another entry’s rule').toBeLessThan(1.1);
    }
    await context.close();
  });

  describe.each(SCHEMES)('in %s, each map keeps its meaning', (scheme) => {
    it.each([
      { view: 'overview', path: '/' },
      { view: 'reach', path: `/arguments/${SLUGS[3]}/` },
      { view: 'alignments', path: `/arguments/${SLUGS[4]}/` },
    ])('the $view map: every fill that carries meaning 3:1 or more apart from plain land', async ({ view, path }) => {
      const { page, context } = await open(path, forced(scheme));
      expectFillsApart(await readFills(page, view));
      await context.close();
    });
  });
});
