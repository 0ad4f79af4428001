import { describe, expect, it } from 'vitest';
import { builtSitePages } from '../support/browser-pages';
import { readPdf, squash } from '../support/pdf';
import { PINNED_SLUGS as SLUGS, SITE_ORIGIN } from '../support/pinned';
import { readQr } from '../support/qr';

// A handout leads back online: page 1 of each printout carries a QR code of the page's own
// address beside the address in words, read here from the PDF as a phone's camera would.
const { open } = builtSitePages();
const PATHS = ['/', ...SLUGS.map((s) => `/arguments/${s}/`)];

describe('a printed page leads back to its address', () => {
  it.each(PATHS)('%s: page 1 of the A4 PDF has a QR code of its own address, beside the address in words', async (path) => {
    const { page, context } = await open(path);
    await expect(page.locator('.print-qr').isVisible(), 'never on screen').resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    // The code is a lazy image: printing loads it, as Chromium's print does before it lays out pages.
    await page.locator('.print-qr').evaluate((img: HTMLImageElement) => img.decode());
    const pdf = readPdf(await page.pdf({ format: 'A4', pageRanges: '1' }), 150);
    const url = `${SITE_ORIGIN}${path}`;
    expect(readQr(pdf.images[0]!)).toBe(url);
    expect(squash(pdf.text[0]!)).toContain(squash(url));
    await context.close();
  });
});
