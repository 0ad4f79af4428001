import { describe, expect, it } from 'vitest';
import { builtSitePages } from '../support/browser-pages';

const pages = builtSitePages();
const FIGURE_PAGES = ['/', '/arguments/statement-not-treaty/', '/arguments/leaders-short-terms/', '/arguments/structural-imbalance/'];

const open = (path: string, width: number) => pages.open(path, { viewport: { width, height: 800 } });

describe('the figures on a 320 px phone', () => {
  it.each(FIGURE_PAGES)('%s: no text in a figure is drawn under 11 CSS px, and no figure is wider than the screen', async (path) => {
    const { page, context } = await open(path, 320);
    const found = await page.evaluate(() => {
      const small: string[] = [];
      const figures = [...document.querySelectorAll<HTMLElement>('figure.fig')];
      for (const fig of figures) {
        if (fig.getBoundingClientRect().right > document.documentElement.clientWidth) small.push(`${fig.id} is wider than the screen`);
        for (const el of fig.querySelectorAll<Element>('*')) {
          const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).length > 0;
          if (!text || el.closest('.visually-hidden')) continue;
          const box = el.getBoundingClientRect();
          if (box.width === 0 || getComputedStyle(el).display === 'none') continue;
          let size = parseFloat(getComputedStyle(el).fontSize);
          const svg = el.closest('svg');
          if (svg) size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          if (size < 11 - 1e-6) small.push(`${fig.id}: "${el.textContent!.trim().slice(0, 30)}" at ${size.toFixed(2)} px`);
        }
      }
      return { count: figures.length, small };
    });
    expect(found.count).toBeGreaterThan(0);
    expect(found.small).toEqual([]);
    await context.close();
  });
});

describe('the figures in print', () => {
  it.each(FIGURE_PAGES)('%s prints every figure whole: shown, within the page width, its picture never split', async (path) => {
    const { page, context } = await open(path, 794);
    await page.emulateMedia({ media: 'print' });
    const figures = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('figure.fig')].map((fig) => {
        const whole = fig.querySelector<HTMLElement>('.tl__frame, .tri__frame') ?? fig;
        const box = whole.getBoundingClientRect();
        return {
          id: fig.id,
          shown: getComputedStyle(fig).display !== 'none' && box.height > 50,
          fits: fig.getBoundingClientRect().right <= document.documentElement.clientWidth,
          unsplit: getComputedStyle(whole).breakInside === 'avoid',
          // An unbreakable block taller than an A4 page (about 1000 px at this width) would be cut anyway.
          short: box.height < 950,
        };
      }),
    );
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f, f.id).toEqual({ id: f.id, shown: true, fits: true, unsplit: true, short: true });
    await context.close();
  });
});
