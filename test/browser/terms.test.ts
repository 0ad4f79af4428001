import { describe, expect, it } from 'vitest';
import { runAxe } from '../support/axe';
import { builtSitePages } from '../support/browser-pages';
import { PINNED_SLUGS as SLUGS } from '../support/pinned';
import { expectInsideViewport, isOpen } from '../support/popovers';

const { open } = builtSitePages();
const PATHS = ['/', ...SLUGS.map((s) => `/arguments/${s}/`)];
/** Argument 5 marks four abbreviations in its first paragraphs. */
const MULTIPOLAR = `/arguments/${SLUGS[4]}/`;


describe('a term’s definition, in place', () => {
  it('opens with Enter on its term and closes with Escape, focus staying on the term', async () => {
    const { page, context } = await open(MULTIPOLAR);
    const term = page.locator('button.term[popovertarget="term-def-sco"]');
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(isOpen(page, 'term-def-sco')).resolves.toBe(true);
    await expect(page.locator('#term-def-sco').innerText()).resolves.toContain('Shanghai Cooperation Organisation');
    await page.keyboard.press('Escape');
    await expect(isOpen(page, 'term-def-sco')).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('popovertarget'))).resolves.toBe('term-def-sco');
    await context.close();
  });

  it('opens by click with JavaScript off, and closes by its close button or a click elsewhere', async () => {
    const { page, context } = await open(MULTIPOLAR, { javaScriptEnabled: false });
    const term = page.locator('button.term[popovertarget="term-def-asean"]');
    await term.click();
    await expect(isOpen(page, 'term-def-asean')).resolves.toBe(true);
    await page.locator('#term-def-asean .term-def__close').click();
    await expect(isOpen(page, 'term-def-asean')).resolves.toBe(false);
    await term.click();
    await expect(isOpen(page, 'term-def-asean')).resolves.toBe(true);
    await page.locator('h1').click();
    await expect(isOpen(page, 'term-def-asean')).resolves.toBe(false);
    await context.close();
  });

  it('links from the definition to its glossary entry on /', async () => {
    const { page, context } = await open(MULTIPOLAR, { javaScriptEnabled: false });
    await page.locator('button.term[popovertarget="term-def-quad"]').click();
    await page.locator('#term-def-quad a').click();
    await page.waitForURL(/\/#term-quad$/);
    await expect(page.locator('#term-quad dd').innerText()).resolves.toContain('Australia, India, Japan and the United States');
    await context.close();
  });

  it.each(PATHS)('%s: every definition stays inside a 320 px viewport', async (path) => {
    const { page, context } = await open(path, { viewport: { width: 320, height: 568 }, hasTouch: true, isMobile: true });
    const terms = await page.locator('button.term').all();
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) {
      const id = (await term.getAttribute('popovertarget'))!;
      await term.tap();
      await expect(isOpen(page, id)).resolves.toBe(true);
      await expectInsideViewport(page.locator(`#${id}`), { width: 320, height: 568 }, id);
      await page.keyboard.press('Escape');
    }
    await context.close();
  });

  it('sits beside its term on a wide screen, inside the viewport', async () => {
    const { page, context } = await open(MULTIPOLAR, { viewport: { width: 1280, height: 800 } });
    const term = page.locator('button.term[popovertarget="term-def-quad"]');
    await term.click();
    const [t, p] = [(await term.boundingBox())!, (await page.locator('#term-def-quad').boundingBox())!];
    // Just below or just above the term, overlapping it horizontally.
    expect(Math.min(Math.abs(p.y - (t.y + t.height)), Math.abs(t.y - (p.y + p.height)))).toBeLessThan(16);
    expect(p.x).toBeLessThan(t.x + t.width);
    expect(p.x + p.width).toBeGreaterThan(t.x);
    expect(p.x + p.width).toBeLessThanOrEqual(1280);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('keeps axe at zero violations with a definition open, in %s', async (scheme) => {
    const { page, context } = await open(MULTIPOLAR, { colorScheme: scheme, bypassCSP: true });
    await page.locator('button.term[popovertarget="term-def-global-south"]').click();
    await expect(runAxe(page)).resolves.toEqual([]);
    await context.close();
  });
});

describe('the Glossary section', () => {
  it('is in the contents and printed whole', async () => {
    const { page, context } = await open('/', { viewport: { width: 794, height: 1123 } });
    await expect(page.locator('.contents a[href="#glossary"]').count()).resolves.toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#glossary').isVisible()).resolves.toBe(true);
    await expect(page.locator('#glossary .glossary__entry').count()).resolves.toBeGreaterThanOrEqual(15);
    // Terms print as words, not as underlined controls.
    await expect(page.locator('button.term').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).resolves.toBe('none');
    await context.close();
  });
});
