import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe } from '../support/axe';
import { builtSitePages } from '../support/browser-pages';
import { PINNED_SLUGS as SLUGS, SITE_ORIGIN } from '../support/pinned';

const { siteUrl, open } = builtSitePages();
const PATHS = ['/', ...SLUGS.map((s) => `/arguments/${s}/`), '/404.html'];

describe('reading with JavaScript off', () => {
  it.each(PATHS.filter((p) => p !== '/404.html'))('%s shows its whole text', async (path) => {
    const { page, context } = await open(path, { javaScriptEnabled: false });
    await expect(page.locator('h1').count()).resolves.toBe(1);
    const sections = await page.locator('section.argument').count();
    expect(sections).toBe(path === '/' ? 5 : 1);
    const prose = await page.locator('section.argument .prose').allInnerTexts();
    prose.forEach((text) => expect(text.split(/\s+/).length).toBeGreaterThan(300));
    // Enhancements stay out of the way: no control that needs a script is visible.
    await expect(page.locator('.copy-link:visible, .print-button:visible').count()).resolves.toBe(0);
    await context.close();
  });
});

describe('every page', () => {
  it.each(PATHS)('%s loads with no console error and no request to another host', async (path) => {
    const { context, problems, status } = await open(path);
    expect(status).toBe(200);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(PATHS)('%s never scrolls sideways on a 320 px phone', async (path) => {
    const { page, context } = await open(path, { viewport: { width: 320, height: 640 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await context.close();
  });
});

describe('a wrong address', () => {
  it('gets the 404 page, which leads back to every argument', async () => {
    const { page, context, status } = await open('/arguments/no-such-argument/');
    expect(status).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await expect(page.locator('main a[href^="/arguments/"]').count()).resolves.toBe(5);
    await context.close();
  });
});

describe('keyboard', () => {
  it('reaches the skip link first, and it moves focus into main', async () => {
    const { page, context } = await open('/');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.className);
    expect(first).toContain('skip-link');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(next).toBe(true);
    await context.close();
  });

  it('reaches each argument permalink with Tab, and the permalink shows when focused', async () => {
    const { page, context } = await open('/');
    const reached = new Set<string>();
    for (let i = 0; i < 200 && reached.size < SLUGS.length; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.classList.contains('permalink') ? { href: el.getAttribute('href'), opacity: getComputedStyle(el).opacity } : null;
      });
      if (focused && (SLUGS as readonly string[]).includes(focused.href!.slice(1))) {
        expect(focused.opacity).toBe('1');
        reached.add(focused.href!);
      }
    }
    expect([...reached].sort()).toEqual(SLUGS.map((s) => `#${s}`).sort());
    await context.close();
  });
});

describe('enhancements', () => {
  it('marks the section being read in the contents list, scrolling in small steps both ways', async () => {
    const { page, context } = await open('/', { viewport: { width: 1280, height: 900 } });
    const current = () => page.locator('.contents a[aria-current="location"]').getAttribute('href');
    const topOf = (id: string) => page.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().top, id);
    expect(await page.locator('.contents a[aria-current]').count()).toBe(0);
    await page.evaluate((id) => scrollTo({ top: scrollY + document.getElementById(id)!.getBoundingClientRect().top - 600, behavior: 'instant' }), SLUGS[2]);
    // Trackpad-sized steps: the marker must move as the section's top crosses the upper third.
    while ((await topOf(SLUGS[2])) > 250) {
      await page.mouse.wheel(0, 4);
      await page.waitForTimeout(16);
    }
    await expect.poll(current).toBe(`#${SLUGS[2]}`);
    while ((await topOf(SLUGS[2])) < 350) {
      await page.mouse.wheel(0, -4);
      await page.waitForTimeout(16);
    }
    await expect.poll(current).toBe(`#${SLUGS[1]}`);
    await context.close();
  });

  it('copies the argument page URL and announces it', async () => {
    const { page, context } = await open('/', { viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
    const button = page.locator(`#${SLUGS[1]} .copy-link button`);
    await expect(button.isVisible()).resolves.toBe(true);
    await expect(button.getAttribute('aria-label')).resolves.toBeNull();
    await button.click();
    await expect.poll(() => page.locator(`#${SLUGS[1]} .copy-link [role="status"]`).textContent()).toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${SITE_ORIGIN}/arguments/${SLUGS[1]}/`);
    await context.close();
  });

  it.each(['/', `/arguments/${SLUGS[2]}/`])('%s offers "Print or save as PDF", which prints, and nothing moves when it appears', async (path) => {
    // The space the button takes, and the gap to what follows it: the same with or without script.
    const below = (page: Page) =>
      page.evaluate(() => {
        const button = document.querySelector('.print-button')!;
        const after = [...document.body.querySelectorAll('*')].filter(
          (el) => button.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && !button.contains(el),
        );
        const next = after.find((el) => el.getBoundingClientRect().height > 0)!;
        return next.getBoundingClientRect().top - button.getBoundingClientRect().top;
      });
    const off = await open(path, { javaScriptEnabled: false });
    const without = await below(off.page);
    await off.context.close();
    const { page, context } = await open(path);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    const button = page.getByRole('button', { name: 'Print or save as PDF' });
    await expect(button.isVisible()).resolves.toBe(true);
    expect(await below(page)).toBe(without);
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await context.close();
  });

  it('says so when copying fails', async () => {
    const { page, context } = await open('/', { viewport: { width: 1280, height: 900 } });
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
    });
    await page.locator(`#${SLUGS[0]} .copy-link button`).click();
    await expect.poll(() => page.locator(`#${SLUGS[0]} .copy-link [role="status"]`).textContent()).toBe('Copy failed');
    await context.close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA and best practice)', () => {
  const cases = PATHS.flatMap((path) => (['light', 'dark'] as const).map((scheme) => ({ path, scheme })));

  it.each(cases)('$path in $scheme has no violations', async ({ path, scheme }) => {
    // axe goes in as an inline script, which the page's Content-Security-Policy rightly blocks.
    const { page, context } = await open(path, { colorScheme: scheme, bypassCSP: true });
    const violations = await runAxe(page);
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('print', () => {
  it.each(['/', `/arguments/${SLUGS[3]}/`])('%s prints without controls, with source addresses and nothing wider than the page', async (path) => {
    const { page, context } = await open(path, { viewport: { width: 794, height: 1123 } });
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      [...document.querySelectorAll('.skip-link, .permalink, .copy-link, .print-button, .argument-nav')].every((el) => getComputedStyle(el).display === 'none'),
    );
    expect(hidden).toBe(true);
    const address = await page.evaluate(() => getComputedStyle(document.querySelector('.sources__title')!, '::after').content);
    expect(address).toMatch(/https?:\/\//);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await context.close();
  });
});
