import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAxe } from '../support/axe';
import { builtSitePages } from '../support/browser-pages';
import { PINNED_SLUGS as SLUGS } from '../support/pinned';
import { isOpen } from '../support/popovers';

// Hover previews where the browser has interest invokers (Chromium does, with no flag): pointing
// at a citation mark or a term shows a short preview in a hint popover; the card that a click,
// tap or Enter opens is another popover, so the two never fight over one. Chromium shows interest
// on keyboard focus too, and a preview opened after a card took the card's place in Tab order:
// these tests hold the keyboard to the card alone (src/styles/hint.css).
const { open } = builtSitePages();
/** Argument 5 cites sources and marks four terms. */
const PAGE = `/arguments/${SLUGS[4]}/`;
const DESK = { viewport: { width: 1280, height: 900 } };
const MARKS = ['.cite button', 'button.term'];
/** The browser waits half a second before it shows interest; a busy machine takes longer still. */
const SLOW = { timeout: 5000 };
/** Well past that half second: long enough for a preview that was going to open to be open. */
const PAUSE = 1500;

/** A mark, the preview its `interestfor` names and the card its `popovertarget` opens. */
async function markOf(page: Page, selector: string) {
  const mark = page.locator(selector).first();
  return { mark, hint: (await mark.getAttribute('interestfor'))!, card: (await mark.getAttribute('popovertarget'))! };
}

/** The id of the popover that holds the focused element, if any. */
const focusedIn = (page: Page) => page.evaluate(() => document.activeElement?.closest('[popover]')?.id ?? null);

/** Move the pointer off every mark, to the page's top corner. */
const pointAway = (page: Page) => page.mouse.move(5, 5);

const openCount = (page: Page) => page.locator(':popover-open').count();

const hoverUntilShown = async (page: Page, mark: Locator, hint: string) => {
  await mark.hover();
  await expect.poll(() => isOpen(page, hint), SLOW).toBe(true);
};

describe('a hover preview', () => {
  it.each(MARKS)('%s: shows its preview while the pointer rests on it, and leaves it when the pointer leaves', async (selector) => {
    const { page, context } = await open(PAGE, DESK);
    const { mark, hint, card } = await markOf(page, selector);
    expect(hint).toBeTruthy();
    expect(hint).not.toBe(card);
    await mark.scrollIntoViewIfNeeded();
    await expect(isOpen(page, hint)).resolves.toBe(false);
    await hoverUntilShown(page, mark, hint);
    await expect(isOpen(page, card), 'hovering opens no card').resolves.toBe(false);
    const words = await page.locator(`#${hint}`).innerText();
    expect(words.length).toBeGreaterThan(10);
    // The preview sits by its mark, and the pointer never lands on it.
    const [m, h] = [(await mark.boundingBox())!, (await page.locator(`#${hint}`).boundingBox())!];
    expect(Math.min(Math.abs(h.y - (m.y + m.height)), Math.abs(m.y - (h.y + h.height)))).toBeLessThan(16);
    await pointAway(page);
    await expect.poll(() => isOpen(page, hint), SLOW).toBe(false);
    await context.close();
  });

  it('says what the card says first: the source title, publisher and date, or the term and its first sentence', async () => {
    const { page, context } = await open(PAGE, DESK);
    for (const selector of MARKS) {
      const { hint, card } = await markOf(page, selector);
      const title = await page.locator(`#${hint} b`).innerText();
      expect(await page.locator(`#${card}`).textContent()).toContain(title);
    }
    const { hint, card } = await markOf(page, '.cite button');
    const date = await page.locator(`#${card} time`).textContent();
    if (date) await expect(page.locator(`#${hint}`).innerText()).resolves.toContain(date);
    await context.close();
  });

  it.each(MARKS)('%s: a click still opens the card, closing the preview, and none opens over the card', async (selector) => {
    const { page, context } = await open(PAGE, DESK);
    const { mark, hint, card } = await markOf(page, selector);
    await hoverUntilShown(page, mark, hint);
    await mark.click();
    await expect.poll(() => isOpen(page, card), SLOW).toBe(true);
    await page.waitForTimeout(PAUSE);
    await expect(isOpen(page, hint), 'the pointer still rests on the mark').resolves.toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page, card), SLOW).toBe(false);
    await context.close();
  });

  it.each(MARKS)('%s: a click before the preview shows opens the card alone, and Tab goes on into it', async (selector) => {
    const { page, context } = await open(PAGE, DESK);
    const { mark, hint, card } = await markOf(page, selector);
    await mark.hover();
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => isOpen(page, card), SLOW).toBe(true);
    await page.waitForTimeout(PAUSE);
    await expect(isOpen(page, hint)).resolves.toBe(false);
    await page.keyboard.press('Tab');
    await expect(focusedIn(page)).resolves.toBe(card);
    await context.close();
  });

  it('closes with the card on one Escape when both are open', async () => {
    const { page, context } = await open(PAGE, DESK);
    const source = await markOf(page, '.cite button');
    const term = await markOf(page, 'button.term');
    await source.mark.click();
    await expect.poll(() => isOpen(page, source.card), SLOW).toBe(true);
    // Another mark's preview opens beside the card, which stays.
    await hoverUntilShown(page, term.mark, term.hint);
    await expect(isOpen(page, source.card)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => openCount(page), SLOW).toBe(0);
    await context.close();
  });

  it.each(MARKS)('%s: with a keyboard, Enter opens the card, and after a pause Tab still goes on into it', async (selector) => {
    const { page, context } = await open(PAGE, DESK);
    const { mark, hint, card } = await markOf(page, selector);
    await mark.focus();
    await expect(mark.evaluate((el) => el.matches(':focus-visible'))).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(page, card), SLOW).toBe(true);
    // Past the interest delay: Chromium's focus interest opened the preview here, and Tab then
    // skipped the card.
    await page.waitForTimeout(PAUSE);
    await expect(isOpen(page, hint)).resolves.toBe(false);
    await page.keyboard.press('Tab');
    await expect(focusedIn(page)).resolves.toBe(card);
    await page.keyboard.press('Escape');
    await expect.poll(() => openCount(page), SLOW).toBe(0);
    await context.close();
  });

  it.each(MARKS)('%s: focused and left there, shows no preview, and Tab goes where it goes without the pause', async (selector) => {
    const { page, context } = await open(PAGE, DESK);
    const { mark, hint } = await markOf(page, selector);
    const active = () => page.evaluate(() => document.activeElement!.outerHTML);
    await mark.focus();
    await page.keyboard.press('Tab');
    const next = await active();
    await mark.focus();
    await expect(mark.evaluate((el) => el.matches(':focus-visible'))).resolves.toBe(true);
    await page.waitForTimeout(PAUSE);
    await expect(isOpen(page, hint)).resolves.toBe(false);
    await page.keyboard.press('Tab');
    await expect(active()).resolves.toBe(next);
    await context.close();
  });

  it.each(MARKS)('%s: on a touch screen, a tap opens the card and no preview', async (selector) => {
    const { page, context } = await open(PAGE, { viewport: { width: 390, height: 740 }, isMobile: true, hasTouch: true });
    const { mark, hint, card } = await markOf(page, selector);
    await mark.tap();
    await expect.poll(() => isOpen(page, card), SLOW).toBe(true);
    // Longer than the browser's interest delay: a tap shows interest in nothing.
    await page.waitForTimeout(PAUSE);
    await expect(isOpen(page, hint)).resolves.toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => openCount(page), SLOW).toBe(0);
    await context.close();
  });

  it('leaves axe with nothing to report, preview shown or not', async () => {
    const { page, context } = await open(PAGE, { ...DESK, bypassCSP: true });
    await expect(runAxe(page)).resolves.toEqual([]);
    for (const selector of MARKS) {
      const { mark, hint } = await markOf(page, selector);
      await hoverUntilShown(page, mark, hint);
      await expect(runAxe(page)).resolves.toEqual([]);
      await pointAway(page);
      await expect.poll(() => isOpen(page, hint), SLOW).toBe(false);
    }
    await context.close();
  });

  it('is on paper never, not even while it is shown', async () => {
    const { page, context } = await open(PAGE, DESK);
    const { mark, hint } = await markOf(page, '.cite button');
    await hoverUntilShown(page, mark, hint);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[popover="hint"]:visible').count()).resolves.toBe(0);
    await context.close();
  });

  it('is not on /, which has no room for previews in its budget', async () => {
    const { page, context } = await open('/', DESK);
    await expect(page.locator('[interestfor], [popover="hint"]').count()).resolves.toBe(0);
    await context.close();
  });
});
