/**
 * The Content-Security-Policy as Chromium enforces it: every page's own stylesheets and scripts
 * are allowed, with JavaScript on and off, and anything else inline is refused. Chromium
 * reports a refusal as a console error whether or not scripts run, which is what `open` records.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSitePages } from '../support/browser-pages';
import { PINNED_SLUGS as SLUGS } from '../support/pinned';

const PATHS = ['/', ...SLUGS.map((s) => `/arguments/${s}/`), '/404.html'];
const REFUSED = /Content.Security.Policy/i;
const { open } = builtSitePages();

/** Each stylesheet element on the page, and whether the browser applied it (a refused one has no sheet). */
const styleSheets = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('style')].map((style) => ({ css: style.textContent!.slice(0, 40), applied: style.sheet !== null })));

describe.each([
  { javaScript: 'on', javaScriptEnabled: true },
  { javaScript: 'off', javaScriptEnabled: false },
])('with JavaScript $javaScript', ({ javaScriptEnabled }) => {
  it.each(PATHS)('%s applies every stylesheet, and runs its scripts when it may, with no policy violation', async (path) => {
    const { page, context, problems } = await open(path, { javaScriptEnabled });
    // Late work (the enhancement scripts) may add or change styles after load.
    await page.waitForTimeout(300);
    const sheets = await styleSheets(page);
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets.filter((sheet) => !sheet.applied)).toEqual([]);
    expect(problems.filter((problem) => REFUSED.test(problem))).toEqual([]);
    // Proof the enhancement scripts ran where they may: on an argument page the copy-link control readies itself.
    if (path.startsWith('/arguments/')) await expect(page.locator('.copy-link[data-ready]').count()).resolves.toBe(javaScriptEnabled ? 1 : 0);
    await context.close();
  });

  it('refuses a stylesheet the build did not put on the page, and says so', async () => {
    const { page, context, problems } = await open('/', { javaScriptEnabled });
    const refused = page.waitForEvent('console', (msg) => REFUSED.test(msg.text()));
    await page.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'body { color: red }' })));
    await refused;
    expect((await styleSheets(page)).filter((sheet) => !sheet.applied).map((sheet) => sheet.css)).toEqual(['body { color: red }']);
    expect(problems.filter((problem) => REFUSED.test(problem))).toHaveLength(1);
    await context.close();
  });
});
