import { describe, expect, it } from 'vitest';
import { runAxe } from '../support/axe';
import { builtSitePages } from '../support/browser-pages';
import { PINNED_SLUGS as SLUGS } from '../support/pinned';
import { isOpen } from '../support/popovers';

// Hover previews where the browser has interest invokers (Chromium does, with no flag): pointing
// at a citation mark or a term shows a short preview in a hint popover; the card that a click,
// tap or Enter opens is another popover, so the two never fight over one.
const { open } = builtSitePages();
/** Argument 5 cites sources and marks four terms. */
const PAGE = `/arguments/${SLUGS[4]}/`;
const DESK = { viewport: { width: 1280, height: 900 } };
const MARKS = ['.cite button', 'button.term'];
/** The browser waits half a second before it shows interest; a busy machine takes longer still. */
const SLOW = { timeout: 5000 };

describe('a hover preview', () => {
  it.each(MARKS)('%s: shows its preview while the pointer rests on it, and leaves it when the pointer leaves', async (selector) => {
    const { page, context } = await open(PAGE, DESK);
    const mark = page.locator(selector).first();
    const hint = (await mark.getAttribute('interestfor'))!;
    const card = (await mark.getAttribute('popovertarget'))!;
    expect(hint).not.toBe(card);
    await mark.scrollIntoViewIfNeeded();
    await expect(isOpen(page, hint)).resolves.toBe(false);
    await mark.hover();
    await expect.poll(() => isOpen(page, hint), SLOW).toBe(true);
    await expect(isOpen(page, card), 'hovering opens no card').resolves.toBe(false);
    const words = await page.locator(`#${hint}`).innerText();
    expect(words.length).toBeGreaterThan(10);
    // The preview sits by its mark, and the pointer never lands on it.
    const [m, h] = [(await mark.boundingBox())!, (await page.locator(`#${hint}`).boundingBox())!];
    expect(Math.min(Math.abs(h.y - (m.y + m.height)), Math.abs(m.y - (h.y + h.height)))).toBeLessThan(16);
    await page.mouse.move(5, 5);
    await expect.poll(() => isOpen(page, hint), SLOW).toBe(false);
    await context.close();
  });

  it('says what the card says first: the source title, publisher and date, or the term and its first sentence', async () => {
    const { page, context } = await open(PAGE, DESK);
    for (const selector of MARKS) {
      const mark = page.locator(selector).first();
      const [hint, card] = [(await mark.getAttribute('interestfor'))!, (await mark.getAttribute('popovertarget'))!];
      const title = await page.locator(`#${hint} b`).innerText();
      expect(await page.locator(`#${card}`).textContent()).toContain(title);
    }
    const source = page.locator('.cite button').first();
    const entry = page.locator(`#${await source.getAttribute('popovertarget')}`);
    const date = await entry.locator('time').textContent();
    if (date) await expect(page.locator(`#${await source.getAttribute('interestfor')}`).innerText()).resolves.toContain(date);
    await context.close();
  });

  it.each(MARKS)('%s: a click still opens the card, and Escape closes both', async (selector) => {
    const { page, context } = await open(PAGE, DESK);
    const mark = page.locator(selector).first();
    const [hint, card] = [(await mark.getAttribute('interestfor'))!, (await mark.getAttribute('popovertarget'))!];
    await mark.hover();
    await expect.poll(() => isOpen(page, hint), SLOW).toBe(true);
    await mark.click();
    await expect.poll(() => isOpen(page, card), SLOW).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => Promise.all([isOpen(page, hint), isOpen(page, card)]), SLOW).toEqual([false, false]);
    await context.close();
  });

  it.each(MARKS)('%s: with a keyboard, Enter opens the card as before', async (selector) => {
    const { page, context } = await open(PAGE, DESK);
    const mark = page.locator(selector).first();
    const card = (await mark.getAttribute('popovertarget'))!;
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(page, card), SLOW).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page, card), SLOW).toBe(false);
    await context.close();
  });

  it.each(MARKS)('%s: on a touch screen, a tap opens the card and no preview', async (selector) => {
    const { page, context } = await open(PAGE, { viewport: { width: 390, height: 740 }, isMobile: true, hasTouch: true });
    const mark = page.locator(selector).first();
    const [hint, card] = [(await mark.getAttribute('interestfor'))!, (await mark.getAttribute('popovertarget'))!];
    await mark.tap();
    await expect.poll(() => isOpen(page, card), SLOW).toBe(true);
    // Longer than the browser's interest delay: a tap shows interest in nothing.
    await page.waitForTimeout(1200);
    await expect(isOpen(page, hint)).resolves.toBe(false);
    await context.close();
  });

  it('leaves axe with nothing to report, preview shown or not', async () => {
    const { page, context } = await open(PAGE, { ...DESK, bypassCSP: true });
    await expect(runAxe(page)).resolves.toEqual([]);
    const mark = page.locator('button.term').first();
    const hint = (await mark.getAttribute('interestfor'))!;
    await mark.hover();
    await expect.poll(() => isOpen(page, hint), SLOW).toBe(true);
    await expect(runAxe(page)).resolves.toEqual([]);
    await context.close();
  });

  it('is on paper never, and the page’s other popovers print as before', async () => {
    const { page, context } = await open(PAGE, DESK);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[popover="hint"]:visible').count()).resolves.toBe(0);
    await context.close();
  });
});
