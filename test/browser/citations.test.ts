import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSitePages } from '../support/browser-pages';
import { PINNED_SLUGS as SLUGS, SITE_ORIGIN } from '../support/pinned';

const pages = builtSitePages();
const { siteUrl } = pages;

/** A page of the built site on a 390 px phone unless the options say otherwise. */
const open = (path: string, options: BrowserContextOptions = {}) => pages.open(path, { viewport: { width: 390, height: 800 }, ...options });

describe('a link to a quote', () => {
  it('opens the argument page scrolled to the quote, which Chromium highlights', async () => {
    const home = await open('/');
    const href = await home.page.locator(`#${SLUGS[2]} .quote-link a`).first().getAttribute('href');
    await home.context.close();
    expect(href).toMatch(new RegExp(`^/arguments/${SLUGS[2]}/#${SLUGS[2]}:~:text=`));

    const { page, context } = await open(href!);
    // Text fragments scroll once the page is laid out; wait for it rather than guess a delay.
    // Chromium may scroll in more than one step, so wait until the quote is in view.
    const quote = page.locator('q.quote').first();
    const inView = async () => {
      const box = await quote.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 800;
    };
    await expect.poll(inView, { timeout: 5000 }).toBe(true);
    // Highlighted: the quote is painted differently from the same quote reached without the fragment.
    const highlighted = await quote.screenshot();
    await context.close();
    const plain = await open(`/arguments/${SLUGS[2]}/`);
    const unmarked = await plain.page.locator('q.quote').first().screenshot();
    expect(highlighted.equals(unmarked)).toBe(false);
    await plain.context.close();
  });

  it('lands on the argument itself without the text fragment, so the fallback anchor is there', async () => {
    const { page, context } = await open(`/arguments/${SLUGS[2]}/`);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await context.close();
  });

  it('is copied, not followed, with JavaScript, and says so', async () => {
    const { page, context } = await open(`/arguments/${SLUGS[0]}/`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
    const control = page.locator('.quote-link').first();
    await control.locator('a').click();
    await expect.poll(() => control.locator('[role="status"]').textContent()).toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`^${siteUrl}/arguments/${SLUGS[0]}/#${SLUGS[0]}:~:text=only%20an%20expression`));
    expect(page.url()).toBe(`${siteUrl}/arguments/${SLUGS[0]}/`);
    await context.close();
  });
});

describe('a citation mark', () => {
  it.each([true, false])('shows its source in place by keyboard (JavaScript %s) and links on to the entry', async (javaScriptEnabled) => {
    const { page, context } = await open(`/arguments/${SLUGS[0]}/`, { javaScriptEnabled });
    const mark = page.locator('sup.cite button').first();
    const popover = page.locator(`#${await mark.getAttribute('popovertarget')}`);
    await expect(popover.isVisible()).resolves.toBe(false);
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect(popover.isVisible()).resolves.toBe(true);
    const n = (await mark.getAttribute('popovertarget'))!.replace('cite-', '');
    const title = await page.locator(`.sources__list li[value="${n}"] .sources__title`).textContent();
    await expect(popover.textContent()).resolves.toContain(title);
    // It stays inside a phone's screen.
    const box = (await popover.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.keyboard.press('Escape');
    await expect(popover.isVisible()).resolves.toBe(false);
    await mark.click();
    await popover.locator('a').click();
    expect(new URL(page.url()).hash).toBe(`#source-${n}`);
    await expect(page.locator('.sources__list li:target').count()).resolves.toBe(1);
    await context.close();
  });

  it('is where its back-link leads', async () => {
    const { page, context } = await open(`/arguments/${SLUGS[0]}/`, { javaScriptEnabled: false });
    const back = page.locator('.sources__list a.sources__back, .sources__back a').first();
    const href = await back.getAttribute('href');
    await back.click();
    expect(new URL(page.url()).hash).toBe(href);
    // The page may scroll smoothly: wait for the mark to come to rest in view.
    await expect.poll(async () => (await page.locator(href!).boundingBox())!.y, { timeout: 5000 }).toBeGreaterThanOrEqual(0);
    expect((await page.locator(href!).boundingBox())!.y).toBeLessThan(800);
    await context.close();
  });
});

describe('citation copy buttons', () => {
  it('stay hidden without JavaScript, leaving the citations as text', async () => {
    const { page, context } = await open('/', { javaScriptEnabled: false });
    await expect(page.locator('.copy-text:visible').count()).resolves.toBe(0);
    await expect(page.locator('#cite .citations__text').first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('copy the citation text and announce it', async () => {
    const { page, context } = await open('/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
    const apa = page.locator('#cite .citations__item').first();
    await apa.locator('button').click();
    await expect.poll(() => apa.locator('[role="status"]').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await apa.locator('.citations__text').textContent());
    expect(copied).toContain(`${SITE_ORIGIN}/`);
    await context.close();
  });
});
