import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSitePages } from '../support/browser-pages';
import { PINNED_SLUGS as SLUGS } from '../support/pinned';
import { tabStops } from '../support/tab-stops';

// WCAG 2.2 checks that are usually done by hand, done by Chromium: reflow (1.4.10), text spacing
// (1.4.12), focus not obscured (2.4.11), target size (2.5.8); and the "you are here" bar that
// names the section being read on screens too narrow for the contents beside the text.
const { open } = builtSitePages();
const PATHS = ['/', ...SLUGS.map((s) => `/arguments/${s}/`), '/404.html'];
const PHONE = { viewport: { width: 390, height: 740 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' as const };
/** The reader's own style sheet for 1.4.12 is not the site's: the page's style policy would refuse it. */
const SPACED = { ...PHONE, bypassCSP: true };

/** WCAG 1.4.12's spacing, forced on every element, as the usual bookmarklet does. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p, li, dd, dt, blockquote, figcaption { margin-bottom: 2em !important; }`;

/**
 * Text the reader cannot see whole: a visible element whose own text runs past the box of an
 * ancestor that clips (overflow other than visible, and not a scroll container the reader can
 * scroll), or past the viewport's sides. Hidden-for-screen-readers text, SVG and closed popovers
 * are not read.
 */
function clippedText(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent!.trim() || el.closest('svg, .visually-hidden') || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (!rects.length) continue;
      const what = `"${node.textContent!.trim().slice(0, 40)}" in <${el.localName} class="${el.className}">`;
      for (let a: Element | null = el; a && a !== document.documentElement; a = a.parentElement) {
        const s = getComputedStyle(a);
        const clips = (v: string) => v === 'hidden' || v === 'clip';
        if (!clips(s.overflowX) && !clips(s.overflowY)) continue;
        const box = a.getBoundingClientRect();
        if (rects.some((r) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1))
          out.push(`${what} clipped by <${a.localName} class="${a.className}">`);
      }
      const scrolls = (a: Element | null): boolean =>
        !!a && a !== document.documentElement && (/(auto|scroll)/.test(getComputedStyle(a).overflowX) || scrolls(a.parentElement));
      if (!scrolls(el) && rects.some((r) => r.left < -1 || r.right > vw + 1)) out.push(`${what} past the viewport`);
    }
    return out;
  });
}

/** Lines of text of different elements that overlap on screen (SVG labels have their own tests). */
function overlappingText(page: Page) {
  return page.evaluate(() => {
    const lines: { r: DOMRect; el: Element }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent!.trim() || el.closest('svg, .visually-hidden, .here') || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 1 && r.height > 1) lines.push({ r, el });
    }
    lines.sort((a, b) => a.r.top - b.r.top);
    const out: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length && lines[j]!.r.top < lines[i]!.r.bottom - 2; j++) {
        const [a, b] = [lines[i]!, lines[j]!];
        if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 2 && y > 2) out.push(`"${a.el.textContent!.trim().slice(0, 30)}" over "${b.el.textContent!.trim().slice(0, 30)}"`);
      }
    }
    return out;
  });
}

describe('reflow at 320 CSS px (1.4.10)', () => {
  it.each(PATHS)('%s: one direction of scrolling, no text clipped', async (path) => {
    const { page, context } = await open(path, { viewport: { width: 320, height: 640 } });
    await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBe(0);
    await expect(clippedText(page)).resolves.toEqual([]);
    await context.close();
  });
});

describe('text spacing (1.4.12)', () => {
  it.each(PATHS)('%s at 390 px: with the spacing forced, no text clipped or overlapping', async (path) => {
    const { page, context } = await open(path, SPACED);
    await page.addStyleTag({ content: TEXT_SPACING });
    await expect(clippedText(page)).resolves.toEqual([]);
    await expect(overlappingText(page)).resolves.toEqual([]);
    await context.close();
  });

  it.each(['.cite button', 'button.term'])('an open card (%s) with the spacing forced shows all its text', async (opener) => {
    const { page, context } = await open('/', SPACED);
    await page.addStyleTag({ content: TEXT_SPACING });
    const button = page.locator(opener).first();
    await button.click();
    const id = (await button.getAttribute('popovertarget'))!;
    const card = await page.evaluate((id) => {
      const el = document.getElementById(id)!;
      const r = el.getBoundingClientRect();
      // A card taller than the screen scrolls (overflow: auto): its text is reachable, not clipped.
      return {
        open: el.matches(':popover-open'),
        scrolls: getComputedStyle(el).overflowY === 'auto',
        inside: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth,
      };
    }, id);
    expect(card).toEqual({ open: true, scrolls: true, inside: true });
    await expect(clippedText(page)).resolves.toEqual([]);
    await context.close();
  });
});

/** Tab through `/` once round; each stop that something fixed or sticky covers, wholly or in part. */
async function obscuredStops(page: Page) {
  const stops = await tabStops(page, (el) => {
    const r = el.getBoundingClientRect();
    const covers = [...document.querySelectorAll('body *')].filter((c) => {
      const p = getComputedStyle(c).position;
      if ((p !== 'fixed' && p !== 'sticky') || c.contains(el) || el.contains(c) || c.matches(':popover-open')) return false;
      const b = c.getBoundingClientRect();
      return b.width > 0 && b.height > 0 && b.left < r.right && r.left < b.right && b.top < r.bottom && r.top < b.bottom;
    });
    return { what: el.outerHTML.slice(0, 60), covers: covers.map((c) => c.outerHTML.slice(0, 40)) };
  });
  expect(stops.length, 'tab stops').toBeGreaterThan(50);
  return stops.filter((s) => s.covers.length).map((s) => `${s.what} under ${s.covers.join(', ')}`);
}

describe('focus not obscured (2.4.11)', () => {
  it.each([
    { name: 'a phone', options: PHONE },
    { name: 'a laptop', options: { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' as const } },
  ])('tabbing through / on $name, nothing fixed or sticky covers the focused element', async ({ options }) => {
    const { page, context } = await open('/', options);
    await expect(obscuredStops(page)).resolves.toEqual([]);
    await context.close();
  });
});

describe('target size (2.5.8)', () => {
  it.each(PATHS)('%s: every control not inline in a sentence is 24 px or has 24 px of room', async (path) => {
    const { page, context } = await open(path, PHONE);
    const small = await page.evaluate(() => {
      const controls = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && !el.closest('.visually-hidden') && getComputedStyle(el).visibility !== 'hidden';
      });
      // Inline in a sentence: an inline control whose block has words of its own around it.
      const inSentence = (el: Element) => {
        if (!getComputedStyle(el).display.startsWith('inline')) return false;
        let block = el.parentElement!;
        while (getComputedStyle(block).display.startsWith('inline')) block = block.parentElement!;
        return block.textContent!.replace(el.textContent!, '').trim().split(/\s+/).length >= 3;
      };
      const rects = controls.map((el) => ({ el, r: el.getBoundingClientRect() }));
      const out: string[] = [];
      for (const { el, r } of rects) {
        if ((r.width >= 24 && r.height >= 24) || inSentence(el)) continue;
        // The spacing exception: a 24 px circle on its centre meets no other control.
        const cx = r.left + r.width / 2;
        const cy = r.top + r.height / 2;
        const crowded = rects.some(({ el: o, r: b }) => {
          if (o === el || o.contains(el) || el.contains(o)) return false;
          const dx = Math.max(b.left - cx, 0, cx - b.right);
          const dy = Math.max(b.top - cy, 0, cy - b.bottom);
          return Math.hypot(dx, dy) < 12;
        });
        if (crowded) out.push(`${el.outerHTML.slice(0, 70)} (${Math.round(r.width)}×${Math.round(r.height)})`);
      }
      return out;
    });
    expect(small).toEqual([]);
    await context.close();
  });
});

describe('you are here, on a phone', () => {
  it('names the section being read in a bar at the top once reading has passed the contents, and nothing moves', async () => {
    const { page, context } = await open('/', PHONE);
    await page.evaluate(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) (window as unknown as { shift: number }).shift += e.value;
      }).observe({ type: 'layout-shift' });
    });
    const bar = page.locator('.here');
    await expect(bar.isVisible()).resolves.toBe(false);
    for (const [i, slug] of SLUGS.entries()) {
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), slug);
      await expect.poll(() => bar.isVisible()).toBe(true);
      const label = await page.locator(`.contents__list a[href="#${slug}"]`).evaluate((a) => a.lastChild!.textContent!.trim());
      await expect.poll(() => bar.innerText()).toContain(`${i + 1} ${label}`);
      await expect(page.locator('.contents a[aria-current="location"]').getAttribute('href')).resolves.toBe(`#${slug}`);
      // The section's heading lands below the bar, not under it.
      const [barBottom, headingTop] = await page.evaluate(
        (id) => [document.querySelector('.here')!.getBoundingClientRect().bottom, document.getElementById(`${id}-title`)!.getBoundingClientRect().top],
        slug,
      );
      expect(headingTop).toBeGreaterThanOrEqual(barBottom);
    }
    await bar.click();
    await expect.poll(() => page.evaluate(() => document.getElementById('contents-title')!.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    await expect.poll(() => bar.isVisible()).toBe(false);
    await expect(page.evaluate(() => (window as unknown as { shift: number }).shift)).resolves.toBe(0);
    await context.close();
  });

  it('stays out of the way where the contents is beside the text, on paper and with JavaScript off', async () => {
    const wide = await open('/', { viewport: { width: 1280, height: 800 } });
    await wide.page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), SLUGS[2]);
    await expect.poll(() => wide.page.locator('.contents a[aria-current]').count()).toBe(1);
    await expect(wide.page.locator('.here').isVisible()).resolves.toBe(false);
    await wide.context.close();
    const paper = await open('/', PHONE);
    await paper.page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), SLUGS[2]);
    await expect.poll(() => paper.page.locator('.here').isVisible()).toBe(true);
    await paper.page.emulateMedia({ media: 'print' });
    await expect(paper.page.locator('.here').isVisible()).resolves.toBe(false);
    await paper.context.close();
    const still = await open('/', { ...PHONE, javaScriptEnabled: false });
    await still.page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), SLUGS[2]);
    await expect(still.page.locator('.here').isVisible()).resolves.toBe(false);
    await still.context.close();
  });
});
