import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { glossary, termAnchor } from '../../src/data/glossary';
import { runAxe } from '../support/axe';
import { builtSitePages } from '../support/browser-pages';
import { readPdf, squash } from '../support/pdf';
import { PINNED_SLUGS as SLUGS } from '../support/pinned';
import { expectBeside, expectInsideViewport, isOpen, pageBox } from '../support/popovers';

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
    await page.locator('#term-def-asean [popovertargetaction="hide"]').click();
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
    await expectBeside(term, page.locator('#term-def-quad'), 1280);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('keeps axe at zero violations with a definition open, in %s', async (scheme) => {
    const { page, context } = await open(MULTIPOLAR, { colorScheme: scheme, bypassCSP: true });
    await page.locator('button.term[popovertarget="term-def-global-south"]').click();
    await expect(runAxe(page)).resolves.toEqual([]);
    await context.close();
  });
});

describe('a term on /, which opens its glossary entry itself', () => {
  /** The first term on / and the glossary entry it opens. */
  async function firstTerm(page: Page) {
    const term = page.locator('button.term').first();
    const id = (await term.getAttribute('popovertarget'))!;
    return { term, id, entry: page.locator(`#glossary .glossary__entry#${id}`) };
  }

  it.each([true, false])('opens as a card by keyboard (JavaScript %s) and closes back into the glossary', async (javaScriptEnabled) => {
    const { page, context } = await open('/', { javaScriptEnabled, viewport: { width: 390, height: 800 } });
    const { term, id, entry } = await firstTerm(page);
    const close = entry.locator('[popovertargetaction="hide"]');
    // Closed, it is an entry of the glossary, without a close button.
    await expect(isOpen(page, id)).resolves.toBe(false);
    await expect(entry.isVisible()).resolves.toBe(true);
    await expect(close.isVisible()).resolves.toBe(false);
    const inGlossary = await pageBox(entry);
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(isOpen(page, id)).resolves.toBe(true);
    await expect(close.isVisible()).resolves.toBe(true);
    // The card is the entry: the term's definition, with its source.
    await expect(entry.innerText()).resolves.toContain(glossary.find((e) => termAnchor(e.id) === id)!.definition);
    await expect(entry.locator('sup.cite a').isVisible()).resolves.toBe(true);
    await expectInsideViewport(entry, { width: 390, height: 800 }, id);
    await page.keyboard.press('Escape');
    await expect(isOpen(page, id)).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('popovertarget'))).resolves.toBe(id);
    await expect(pageBox(entry)).resolves.toEqual(inGlossary);
    // Its close button closes it, and so does a tap elsewhere.
    await term.click();
    await close.click();
    await expect(isOpen(page, id)).resolves.toBe(false);
    await term.click();
    await page.locator('h1').click();
    await expect(isOpen(page, id)).resolves.toBe(false);
    await context.close();
  });

  it('opens beside its term on a wide screen, inside the viewport', async () => {
    const { page, context } = await open('/', { viewport: { width: 1280, height: 800 } });
    const { term, entry } = await firstTerm(page);
    await term.click();
    await expectBeside(term, entry, 1280);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('keeps axe at zero violations with an entry open, in %s', async (scheme) => {
    const { page, context } = await open('/', { colorScheme: scheme, bypassCSP: true });
    const { term, id } = await firstTerm(page);
    await term.click();
    await expect(isOpen(page, id)).resolves.toBe(true);
    await expect(runAxe(page)).resolves.toEqual([]);
    await context.close();
  });
});

describe('the Glossary section', () => {
  it('is in the contents and printed whole, as a list with no card styling or close buttons', async () => {
    const { page, context } = await open('/', { viewport: { width: 794, height: 1123 } });
    await expect(page.locator('.contents a[href="#glossary"]').count()).resolves.toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#glossary').isVisible()).resolves.toBe(true);
    const entries = await page.locator('#glossary .glossary__entry').evaluateAll((divs) =>
      divs.map((div) => {
        const style = getComputedStyle(div);
        return {
          display: style.display,
          position: style.position,
          border: style.borderTopStyle,
          shadow: style.boxShadow,
          shown: div.getBoundingClientRect().height > 0,
        };
      }),
    );
    expect(entries.length).toBe(glossary.length);
    for (const entry of entries) expect(entry).toEqual({ display: 'block', position: 'static', border: 'none', shadow: 'none', shown: true });
    await expect(page.locator('#glossary button:visible').count()).resolves.toBe(0);
    // Terms print as words, not as underlined controls.
    await expect(
      page
        .locator('button.term')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).resolves.toBe('none');
    await context.close();
  });

  it('prints an entry that is open as a card in the glossary too', async () => {
    const { page, context } = await open('/');
    const term = page.locator('button.term').first();
    const id = (await term.getAttribute('popovertarget'))!;
    await term.click();
    await expect(isOpen(page, id)).resolves.toBe(true);
    const { definition } = glossary.find((e) => termAnchor(e.id) === id)!;
    const text = readPdf(await page.pdf({ format: 'A4' }))
      .text.map(squash)
      .join('');
    expect(text).toContain(squash(definition));
    await context.close();
  });
});
