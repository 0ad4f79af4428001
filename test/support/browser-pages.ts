import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/**
 * The run's one Chromium (launched by test/site/global-browser.ts), connected for the test file
 * that calls this before its tests and disconnected after, and `open`: a page of the built site
 * in a fresh context, recording console errors, failed requests and requests to any other origin.
 * `prepare` runs on the context before the page exists (permissions, init scripts).
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
    return { page, context, problems, status: response?.status() };
  }

  return { siteUrl, open, browser: () => browser };
}
