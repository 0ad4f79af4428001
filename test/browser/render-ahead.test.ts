/**
 * `/` lets the browser lay out only the sections near the screen when it loads
 * (`content-visibility: auto`, src/pages/index.astro) and lays out the rest one per idle moment
 * (src/scripts/render-ahead.ts). These tests hold that pass back (an init script that never runs
 * idle callbacks), so they see the page as a reader does who acts at once, while the sections
 * far from the screen are still estimates: whatever leads to a place in the page must land there.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allSectionsRendered, builtSitePages } from '../support/browser-pages';
import { readPdf, squash } from '../support/pdf';
import { PINNED_SLUGS as SLUGS } from '../support/pinned';
import { expectBeside, isOpen } from '../support/popovers';

const pages = builtSitePages();
const PHONE = { viewport: { width: 390, height: 800 } };
const WIDE = { viewport: { width: 1280, height: 800 } };

/** `/` (or a place in it) as it is before any section has been laid out ahead of the reader. */
async function early(path: string, options: BrowserContextOptions) {
  const context = await pages.browser().newContext(options);
  await context.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  const page = await context.newPage();
  await page.goto(`${pages.siteUrl}${path}`, { waitUntil: 'load' });
  return { page, context };
}

/** How many sections the browser has not laid out yet, by the hint. */
const skipped = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('section')].filter((s) => getComputedStyle(s).contentVisibility === 'auto').length);

/** Where the element's top is, once the page has stopped scrolling, and where a fragment puts it (the page's scroll padding). */
async function expectAtTop(page: Page, id: string) {
  const padding = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop));
  const top = () => page.evaluate((i) => Math.round(document.getElementById(i)!.getBoundingClientRect().top), id);
  await expect.poll(top, { timeout: 5000, message: `#${id} at the top` }).toBeGreaterThanOrEqual(padding - 1);
  await expect.poll(top, { timeout: 5000, message: `#${id} at the top` }).toBeLessThanOrEqual(padding + 1);
}

/** The last source title of words and spaces only (a text fragment matches whole words), with its index among the titles. */
const lastPlainTitle = (page: Page) =>
  page.locator('.sources__list > li .sources__title').evaluateAll((titles) => {
    // The DOM's text: a section not laid out has no rendered text (innerText) yet.
    const plain = titles.map((t, i) => [i, t.textContent!.trim()] as const).filter(([, text]) => /^[A-Za-z]+( [A-Za-z]+)+$/.test(text));
    return plain.at(-1)!;
  });

describe('/, before its far sections are laid out', () => {
  it('leaves them to the browser at first, and lays every one out soon after loading', async () => {
    const held = await early('/', PHONE);
    expect(await skipped(held.page)).toBeGreaterThan(0);
    await held.context.close();
    const context = await pages.browser().newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${pages.siteUrl}/`, { waitUntil: 'load' });
    await page.waitForFunction(allSectionsRendered, undefined, { timeout: 10_000 });
    await context.close();
  });

  it('lays out every section at once with JavaScript off, and on paper', async () => {
    const off = await pages.open('/', { ...PHONE, javaScriptEnabled: false });
    expect(await skipped(off.page)).toBe(0);
    await off.context.close();
    const held = await early('/', PHONE);
    await held.page.emulateMedia({ media: 'print' });
    expect(await skipped(held.page)).toBe(0);
    await held.context.close();
  });

  it('prints exactly what the fully laid-out page prints', async () => {
    const print = (page: Page) => page.pdf({ format: 'A4', printBackground: true }).then((pdf) => readPdf(pdf));
    const settled = await pages.open('/', { viewport: { width: 794, height: 1123 } });
    const whole = await print(settled.page);
    await settled.context.close();
    const held = await early('/', { viewport: { width: 794, height: 1123 } });
    const printed = await print(held.page);
    await held.context.close();
    expect(printed.pages).toBe(whole.pages);
    expect(printed.text.map(squash)).toEqual(whole.text.map(squash));
  });

  it.each([
    ['phone', PHONE],
    ['wide screen', WIDE],
  ] as const)('on a %s, a contents link brings its section to the top', async (_, options) => {
    for (const id of [...SLUGS.slice(2), 'glossary', 'sources']) {
      const { page, context } = await early('/', options);
      await page.locator(`.contents a[href="#${id}"]`).click();
      await expectAtTop(page, id);
      await context.close();
    }
  });

  it('lands on the place an address names', async () => {
    for (const id of [SLUGS[4], 'sources']) {
      const { page, context } = await early(`/#${id}`, PHONE);
      await expectAtTop(page, id);
      await context.close();
    }
  });

  it('lands on the place a script names', async () => {
    const { page, context } = await early('/', PHONE);
    await page.evaluate(() => {
      location.hash = 'sources';
    });
    await expectAtTop(page, 'sources');
    await context.close();
  });

  it('scrolls a text fragment in its last section into view', async () => {
    const { page, context } = await early('/', PHONE);
    const [index, words] = await lastPlainTitle(page);
    await context.close();
    const linked = await early(`/#:~:text=${encodeURIComponent(words)}`, PHONE);
    const inView = () =>
      linked.page
        .locator('.sources__list > li .sources__title')
        .nth(index)
        .evaluate((e) => {
          const { top, bottom } = e.getBoundingClientRect();
          return top >= 0 && bottom <= innerHeight;
        });
    await expect.poll(inView, { timeout: 5000 }).toBe(true);
    await linked.context.close();
  });

  it('lets the browser find text in a section not yet laid out', async () => {
    const { page, context } = await early('/', PHONE);
    const [, words] = await lastPlainTitle(page);
    expect(await skipped(page)).toBeGreaterThan(0);
    // window.find is not in TypeScript's DOM types (it is not in a standard), but Chromium has it.
    await expect(page.evaluate((w) => (window as unknown as { find: (text: string) => boolean }).find(w), words)).resolves.toBe(true);
    await context.close();
  });

  it('opens a glossary entry beside its term, on a wide screen, while the glossary is not laid out', async () => {
    const { page, context } = await early('/', WIDE);
    const term = page.locator('button.term').first();
    const id = (await term.getAttribute('popovertarget'))!;
    await term.click();
    await expect(isOpen(page, id)).resolves.toBe(true);
    await expectBeside(term, page.locator(`#${id}`), WIDE.viewport.width);
    await context.close();
  });
});
