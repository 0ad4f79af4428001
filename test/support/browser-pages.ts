import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/**
 * The run's one Chromium (launched by test/site/global-browser.ts), connected for the test file
 * that calls this before its tests and disconnected after, and `open`: a page of the built site
 * in a fresh context, recording console errors, failed requests and requests to any other origin.
 * `prepare` runs on the context before the page exists (permissions, init scripts). On `/` it
 * also waits until every section is laid out (src/scripts/render-ahead.ts lays out those far
 * from the screen after the first paint), so that what a test measures does not move under it;
 * test/browser/render-ahead.test.ts is about the moments before.
 */
export function builtSitePages() {
  const siteUrl = inject('siteUrl');
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.connect(inject('chromiumEndpoint'));
  });
  afterAll(async () => {
    // Closes this file's contexts and the connection; the browser stays up for the next file.
    await browser?.close();
  });

  async function open(path: string, options: BrowserContextOptions = {}, prepare?: (context: BrowserContext) => Promise<void>) {
    const context = await browser.newContext(options);
    await prepare?.(context);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    page.on('request', (req) => {
      if (!req.url().startsWith(siteUrl) && !req.url().startsWith('data:')) problems.push(`foreign request: ${req.url()}`);
    });
    page.on('requestfailed', (req) => problems.push(`failed: ${req.url()}`));
    const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
    if (options.javaScriptEnabled !== false) await page.waitForFunction(allSectionsRendered);
    return { page, context, problems, status: response?.status() };
  }

  return { siteUrl, open, browser: () => browser };
}

/** No section of the page is still left for the browser to lay out when it nears the screen. */
export const allSectionsRendered = () => [...document.querySelectorAll('section')].every((s) => getComputedStyle(s).contentVisibility !== 'auto');
