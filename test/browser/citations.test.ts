import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAxe } from '../support/axe';
import { builtSitePages } from '../support/browser-pages';
import { readPdf, squash } from '../support/pdf';
import { expectBeside, expectInsideViewport, isOpen, pageBox } from '../support/popovers';
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

/** The first mark on a page and the sources-list entry it opens. */
async function firstMark(page: Page) {
  const mark = page.locator('sup.cite button').first();
  const id = (await mark.getAttribute('popovertarget'))!;
  return { mark, id, entry: page.locator(`.sources__list > li#${id}`) };
}

describe('a citation mark', () => {
  it.each([true, false])('opens its source’s entry as a card by keyboard (JavaScript %s), which closes back into its list', async (javaScriptEnabled) => {
    const { page, context } = await open(`/arguments/${SLUGS[0]}/`, { javaScriptEnabled });
    const { mark, id, entry } = await firstMark(page);
    // Closed, the entry is where the list has it, visible as any entry.
    await expect(isOpen(page, id)).resolves.toBe(false);
    await expect(entry.isVisible()).resolves.toBe(true);
    const inList = await pageBox(entry);
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect(isOpen(page, id)).resolves.toBe(true);
    // The card is the entry: the number the mark shows, the title linking to the source, no back-links.
    const n = await entry.getAttribute('value');
    await expect(mark.textContent()).resolves.toBe(`Source ${n}`);
    await expect(entry.evaluate((el) => getComputedStyle(el, '::before').content)).resolves.toBe(`"${n}. "`);
    await expect(entry.locator('.sources__title').isVisible()).resolves.toBe(true);
    await expect(entry.locator('.sources__back').isVisible()).resolves.toBe(false);
    // At the foot of a phone's screen, inside it.
    const box = (await entry.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(box.y + box.height).toBeGreaterThan(800 - 40);
    // Tab goes on into the card, to the source itself, even after a reader's pause (a hover
    // preview shown on focus once took that stop).
    await page.waitForTimeout(1500);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('sources__title');
    await page.keyboard.press('Escape');
    await expect(isOpen(page, id)).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('popovertarget'))).resolves.toBe(id);
    await expect(pageBox(entry)).resolves.toEqual(inList);
    // A tap elsewhere closes it too.
    await mark.click();
    await expect(isOpen(page, id)).resolves.toBe(true);
    await page.locator('h1').click();
    await expect(isOpen(page, id)).resolves.toBe(false);
    await context.close();
  });

  it('opens its card beside it on a wide screen, inside the viewport', async () => {
    const { page, context } = await open(`/arguments/${SLUGS[0]}/`, { viewport: { width: 1280, height: 800 } });
    const { mark, entry } = await firstMark(page);
    await mark.click();
    await expectBeside(mark, entry, 1280);
    // A readable measure, not the width of the list.
    expect((await entry.boundingBox())!.width).toBeLessThanOrEqual(22 * 16);
    await context.close();
  });

  it.each(SLUGS.map((slug) => `/arguments/${slug}/`))('%s: every source’s card stays inside a 320 px viewport', async (path) => {
    const { page, context } = await open(path, { viewport: { width: 320, height: 568 }, hasTouch: true, isMobile: true });
    const seen = new Set<string>();
    for (const mark of await page.locator('sup.cite button').all()) {
      const id = (await mark.getAttribute('popovertarget'))!;
      if (seen.has(id)) continue;
      seen.add(id);
      await mark.tap();
      await expect(isOpen(page, id)).resolves.toBe(true);
      await expectInsideViewport(page.locator(`#${id}`), { width: 320, height: 568 }, id);
      await page.keyboard.press('Escape');
    }
    expect(seen.size).toBeGreaterThan(0);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('keeps axe at zero violations with a card open, in %s', async (scheme) => {
    const { page, context } = await open(`/arguments/${SLUGS[0]}/`, { colorScheme: scheme, bypassCSP: true });
    const { mark, id } = await firstMark(page);
    await mark.click();
    await expect(isOpen(page, id)).resolves.toBe(true);
    await expect(runAxe(page)).resolves.toEqual([]);
    await context.close();
  });

  it('in a figure, is a link to its entry, which the list highlights even where the entry is also a card', async () => {
    const { page, context } = await open(`/arguments/${SLUGS[0]}/`, { javaScriptEnabled: false });
    const href = await page.evaluate(() =>
      [...document.querySelectorAll('figure sup.cite a')]
        .map((a) => a.getAttribute('href')!)
        .find((h) => document.querySelector(`.sources__list > li${h}[popover]`)),
    );
    expect(href).toBeDefined();
    const mark = page.locator(`figure sup.cite a[href="${href}"]`).first();
    const n = (await mark.textContent())!.replace(/\D/g, '');
    await mark.click();
    expect(new URL(page.url()).hash).toBe(`#source-${n}`);
    const entry = page.locator('.sources__list li:target');
    await expect(entry.getAttribute('value')).resolves.toBe(n);
    const [background, note] = await entry.evaluate((li) => {
      const probe = li.ownerDocument.createElement('i');
      probe.style.background = 'var(--note)';
      li.after(probe);
      return [getComputedStyle(li).backgroundColor, getComputedStyle(probe).backgroundColor];
    });
    expect(background).toBe(note);
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

describe('the sources list on paper', () => {
  it('prints every entry in its list, without card styling', async () => {
    const { page, context } = await open(`/arguments/${SLUGS[0]}/`);
    await page.emulateMedia({ media: 'print' });
    const entries = await page.locator('.sources__list > li').evaluateAll((lis) =>
      lis.map((li) => {
        const style = getComputedStyle(li);
        return {
          display: style.display,
          position: style.position,
          border: style.borderTopStyle,
          shadow: style.boxShadow,
          height: li.getBoundingClientRect().height,
        };
      }),
    );
    expect(entries.length).toBeGreaterThan(3);
    for (const entry of entries)
      expect(entry).toEqual({ display: 'list-item', position: 'static', border: 'none', shadow: 'none', height: expect.any(Number) });
    for (const entry of entries) expect(entry.height).toBeGreaterThan(0);
    await context.close();
  });

  it('prints an entry that is open as a card in its list too', async () => {
    const { page, context } = await open(`/arguments/${SLUGS[0]}/`);
    const { mark, id, entry } = await firstMark(page);
    await mark.click();
    await expect(isOpen(page, id)).resolves.toBe(true);
    const url = (await entry.locator('.sources__title').getAttribute('href'))!;
    const text = readPdf(await page.pdf({ format: 'A4' }))
      .text.map(squash)
      .join('');
    expect(text).toContain(squash(url));
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
