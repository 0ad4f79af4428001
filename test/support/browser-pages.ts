import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium';

/**
 * One Chromium for the test file that calls this (launched before its tests, closed after), and
 * `open`: a page of the built site in a fresh context, recording console errors, failed requests
 * and requests to any other origin.
 */
export function builtSitePages() {
  const siteUrl = inject('siteUrl');
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string, options: BrowserContextOptions = {}) {
    const context = await browser.newContext(options);
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

  return { siteUrl, open };
}
