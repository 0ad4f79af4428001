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

// Review r1 S3: at 390 px the Japan–South Korea label sat under Japan's rank and the US–South
// Korea label, and the dashed side ran through it; 1280 px was clean. Measured as drawn.
describe('the triangle as drawn', () => {
  it.each([320, 390, 1280])('at %i px: no label over another, and no side through a label it does not carry', async (width) => {
    const { page, context } = await open('/arguments/structural-imbalance/', width);
    const found = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('#figure-triangle svg')!;
      // One box per line of text, so a label's lines are checked against other labels line by line.
      const boxesOf = (t: Element) =>
        [...t.querySelectorAll('tspan')].map((s) => s.getBoundingClientRect()).map((r) => ({ x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, text: '' }));
      const labels = [...svg.querySelectorAll('.tri-label')].map((t, i) => ({
        name: `side ${i + 1} "${t.textContent}"`,
        lines: t.querySelectorAll('tspan').length,
        boxes: boxesOf(t),
        side: i,
      }));
      const nodes = [...svg.querySelectorAll('.tri-node')].map((t) => ({ name: `node "${t.textContent}"`, lines: 2, boxes: boxesOf(t), side: -1 }));
      const all = [...labels, ...nodes];
      const hit = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) =>
        a.x0 + 0.5 < b.x1 && b.x0 + 0.5 < a.x1 && a.y0 + 0.5 < b.y1 && b.y0 + 0.5 < a.y1;
      const out: string[] = [];
      all.forEach((a, i) => all.slice(i + 1).forEach((b) => a.boxes.some((x) => b.boxes.some((y) => hit(x, y))) && out.push(`${a.name} over ${b.name}`)));
      const sides = [...svg.querySelectorAll<SVGPathElement>('.tri-edge')];
      const ctm = svg.getScreenCTM()!;
      sides.forEach((path, s) => {
        const len = path.getTotalLength();
        for (const a of all) {
          // A one-line label sits on its own side, which its paper halo breaks on purpose.
          if (a.side === s && a.lines === 1) continue;
          for (let d = 0; d <= len; d += 1) {
            const p = path.getPointAtLength(d).matrixTransform(ctm);
            if (a.boxes.some((b) => p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1)) {
              out.push(`side ${s + 1} through ${a.name}`);
              break;
            }
          }
        }
      });
      return { labels: labels.length, out };
    });
    expect(found.labels).toBe(3);
    expect(found.out).toEqual([]);
    await context.close();
  });
});
