/**
 * The paper edition: each page printed to PDF by Chromium (A4 and US Letter) and read back with
 * poppler. Every document is printed once per paper size, before the tests, and shared by them:
 * printing is the slow part. Limits are ratios (how full a page is), not page counts, so the
 * tests hold as content grows: more content may add pages, never emptier ones.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/consts';
import { contextAsOf, essay } from '../../src/data/essay';
import { builtSitePages } from '../support/browser-pages';
import { pageFill, pageTone, readPdf, squash, type ReadPdf } from '../support/pdf';
import { PINNED_SLUGS as SLUGS, SITE_ORIGIN } from '../support/pinned';

const pages = builtSitePages();
const { siteUrl } = pages;
const ARGUMENT_PATHS = SLUGS.map((slug) => `/arguments/${slug}/`);
const PAPER = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } } as const;
type Format = keyof typeof PAPER;
const PX_PER_MM = 96 / 25.4;
const PT_PER_PX = 0.75;
/** Browsers keep font sizes in fractions of a pixel: 8.5 pt comes back as 8.49998 pt. */
const ROUNDING = 0.01;

/**
 * Whole pieces that must never be cut by a page break: the text at each end of each. Some page
 * must hold the end and one of the starts (a figure's caption may sit with its drawing, or with
 * the end of the lists or table that follow the drawing and may carry over a page break).
 */
interface Whole {
  what: string;
  starts: string[];
  end: string;
}

/** What the page says about itself, read from its DOM as printed. */
interface Facts {
  /** @page margins in mm: the margin boxes (running title, page numbers) live there. */
  margins: { top: number; bottom: number };
  /** Headings and argument headers, each with the words that follow it: none may end a page. */
  headings: { text: string; next: string }[];
  wholes: Whole[];
  /** Text of controls and navigation, which paper must not carry. */
  controls: string[];
  sourceUrls: string[];
  figureCaptions: string[];
  argumentTitles: string[];
  h1: string;
  /** Popovers (definitions, citations) that paper would show: none, even if one is open. */
  popoversShown: number;
}

interface Printed {
  path: string;
  format: Format;
  pdf: ReadPdf;
  facts: Facts;
  fills: number[];
  /** Each page's text, squashed (see squash), without its running title and page number. */
  bodies: string[];
  all: string;
}

const printed = new Map<string, Printed>();
const key = (path: string, format: Format, scheme = 'light') => `${path} ${format} ${scheme}`;
const get = (path: string, format: Format = 'A4', scheme = 'light') => printed.get(key(path, format, scheme))!;

/** Collect the facts in the page, with print styles applied (runs in the browser). */
function collectFacts(): Omit<Facts, 'controls'> {
  const text = (root: Element): string => {
    let out = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('.visually-hidden, title, desc, style, script')) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      out += node.textContent;
    }
    return out;
  };
  /** The first visible words after an element, in document order. */
  const textAfter = (el: Element): string => {
    let out = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    walker.currentNode = el.lastChild ?? el;
    for (let node = walker.nextNode(); node && out.replace(/\W/g, '').length < 30; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (el.contains(node) || parent.closest('.visually-hidden, title, desc, style, script')) continue;
      if (parent.checkVisibility({ visibilityProperty: true })) out += node.textContent;
    }
    return out;
  };
  const all = (selector: string) => [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility());
  const wholes: Whole[] = [];
  const add = (what: string, start: string | string[], end: string) => wholes.push({ what, starts: typeof start === 'string' ? [start] : start, end });
  for (const el of all('.note, .theses li, tr, .bloc-map__list li')) add(el.className || el.tagName, text(el), text(el));
  // Paper prints a source's address after its title, so its end is what follows the link.
  for (const el of all('.sources__list li')) {
    const title = text(el.querySelector('a')!);
    add(`source ${el.id}`, title, text(el).slice(title.length));
  }
  const contents = document.querySelector('.contents__list');
  if (contents) add('contents', text(contents.firstElementChild!), text(contents.lastElementChild!));
  // A figure's caption stays with its drawing (the longest line of the drawing's labels: a line,
  // since a label with a halo may be written twice; or the figure's first words) or with the end
  // of what precedes the caption.
  for (const figure of all('figure')) {
    const caption = figure.querySelector('figcaption');
    if (!caption) continue;
    const labels = [...figure.querySelectorAll('svg text, svg tspan')]
      .filter((t) => t.childElementCount === 0 && t.checkVisibility())
      .map((t) => t.textContent ?? '')
      .sort((a, b) => b.length - a.length);
    const before = caption.previousElementSibling;
    const drawing = labels[0] ?? text(figure).slice(0, 40);
    add(`figure ${figure.id}`, before ? [drawing, text(before).slice(-40)] : [drawing], text(caption));
  }
  // Rules inside @layer and @media blocks too (an @page rule groups its margin boxes: kept whole).
  const rules = (list: CSSRuleList): CSSRule[] =>
    [...list].flatMap((rule) => (rule instanceof CSSGroupingRule && !(rule instanceof CSSPageRule) ? rules(rule.cssRules) : [rule]));
  const page = [...document.styleSheets]
    .flatMap((sheet) => rules(sheet.cssRules))
    .find((rule): rule is CSSPageRule => rule instanceof CSSPageRule && rule.selectorText === '');
  const mm = (value: string) => {
    const n = parseFloat(value);
    if (value.endsWith('mm')) return n;
    if (value.endsWith('cm')) return n * 10;
    if (value.endsWith('in')) return n * 25.4;
    throw new Error(`@page margin in an unexpected unit: ${value}`);
  };
  return {
    margins: { top: mm(page!.style.marginTop), bottom: mm(page!.style.marginBottom) },
    headings: all('h1, h2, h3, .argument__eyebrow, .argument__summary').map((el) => ({ text: text(el), next: textAfter(el) })),
    wholes,
    sourceUrls: all('.sources__title').map((a) => a.getAttribute('href')!),
    figureCaptions: all('figure figcaption').map(text),
    argumentTitles: all('.argument h1, .argument h2').map(text),
    h1: text(document.querySelector('h1')!),
    // An entry of a list that opens as a card (a source) prints in its list; no other popover prints, nor an open one.
    popoversShown: [...document.querySelectorAll('[popover]')]
      .filter((el) => el.matches(':popover-open') || !el.matches('ol > li, dl > div'))
      .filter((el) => getComputedStyle(el).display !== 'none').length,
  };
}

/** Text of every control and navigation, read as a screen shows it: paper hides them, which is the point. */
function controlTexts(): string[] {
  // Buttons in the text itself (a term that opens its definition) keep their words on paper.
  return [...document.querySelectorAll('.skip-link, .copy-link, .print-button, .argument-nav, .argument__footer, button')]
    .filter((el) => !el.closest('.prose, figure') || el.closest('.copy-link, .print-button'))
    .map((el) => (el as HTMLElement).innerText.trim())
    .filter(Boolean);
}

async function print(page: Page, path: string, format: Format, scheme: 'light' | 'dark' = 'light'): Promise<void> {
  await page.emulateMedia({ media: 'screen', colorScheme: scheme });
  await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
  const controls = await page.evaluate(controlTexts);
  // A reader may print with a definition or citation open: paper must not show it.
  await page.evaluate(() => document.querySelectorAll<HTMLElement>('[popover]').forEach((el) => el.showPopover()));
  await page.emulateMedia({ media: 'print', colorScheme: scheme });
  const facts = { ...(await page.evaluate(collectFacts)), controls };
  const pdf = readPdf(await page.pdf({ format }));
  const { height } = PAPER[format];
  const fills = pdf.images.map((image) => pageFill(image, { top: facts.margins.top / height, bottom: facts.margins.bottom / height }));
  const title = squash(site.name);
  // Chromium writes the margin boxes (running title, page number) before the page's text.
  const bodies = pdf.text.map((pageText, i) => {
    let body = squash(pageText);
    if (i > 0 && body.startsWith(title)) body = body.slice(title.length);
    const number = `page${i + 1}of${pdf.pages}`;
    if (body.startsWith(number)) body = body.slice(number.length);
    return body;
  });
  printed.set(key(path, format, scheme), { path, format, pdf, facts, fills, bodies, all: bodies.join('') });
}

beforeAll(async () => {
  const context = await pages.browser().newContext();
  const page = await context.newPage();
  for (const format of ['A4', 'Letter'] as const) await print(page, '/', format);
  for (const path of ARGUMENT_PATHS) await print(page, path, 'A4');
  await print(page, ARGUMENT_PATHS[0]!, 'A4', 'dark');
  await context.close();
}, 240_000);

const percent = (fills: number[]) => fills.map((f) => `${Math.round(f * 100)}%`).join(' ');
const DOCUMENTS = [...(['A4', 'Letter'] as const).map((format) => ({ path: '/', format })), ...ARGUMENT_PATHS.map((path) => ({ path, format: 'A4' as const }))];

describe('the printed explainer, /', () => {
  it.each(['A4', 'Letter'] as const)('on %s: every page but the last is at least 60 percent full, 88 on average', (format) => {
    const { fills } = get('/', format);
    const body = fills.slice(0, -1);
    expect(body.length, 'the explainer takes more than one page').toBeGreaterThan(0);
    expect(Math.min(...body), `fills: ${percent(fills)}`).toBeGreaterThanOrEqual(0.6);
    expect(body.reduce((a, b) => a + b, 0) / body.length, `fills: ${percent(fills)}`).toBeGreaterThanOrEqual(0.88);
  });

  it.each(['A4', 'Letter'] as const)('on %s: takes no more pages than its content needs', (format) => {
    // The ink on all pages, in pages: a page more than that at 88% fill would mean wasted paper.
    const { fills, pdf } = get('/', format);
    const content = fills.reduce((a, b) => a + b, 0);
    expect(pdf.pages).toBeLessThanOrEqual(Math.ceil(content / 0.88));
  });

  it('page 1 carries the title, the essay credit, the site address, the "as of" date and the overview map', () => {
    const { bodies, facts } = get('/');
    const first = bodies[0]!;
    expect(first).toContain(squash(facts.h1));
    expect(first).toContain(squash(essay.author));
    expect(first).toContain(squash(essay.title));
    expect(first).toContain(squash(`${SITE_ORIGIN}/`));
    expect(first).toContain(squash(`as of ${contextAsOf}`));
    const overview = facts.wholes.find((w) => w.what === 'figure map-overview')!;
    expect(first).toContain(squash(overview.end));
  });

  it('has the five argument titles and every source address', () => {
    const { all, facts } = get('/');
    expect(facts.argumentTitles).toHaveLength(5);
    for (const title of facts.argumentTitles) expect(all).toContain(squash(title));
    expect(facts.sourceUrls.length).toBeGreaterThan(0);
    for (const url of facts.sourceUrls) expect(all).toContain(squash(url));
  });
});

describe.each(ARGUMENT_PATHS)('the handout %s', (path) => {
  it('takes at most 4 A4 pages', () => {
    expect(get(path).pdf.pages).toBeLessThanOrEqual(4);
  });

  it('carries its own address and that of the whole explainer on page 1, and its sources with their addresses', () => {
    const { bodies, all, facts } = get(path);
    expect(bodies[0]).toContain(squash(`${SITE_ORIGIN}${path}`));
    expect(bodies[0]).toContain(squash(`${SITE_ORIGIN}/`));
    expect(facts.sourceUrls.length).toBeGreaterThan(0);
    for (const url of facts.sourceUrls) expect(all).toContain(squash(url));
    for (const caption of facts.figureCaptions) expect(all).toContain(squash(caption));
  });
});

describe.each(DOCUMENTS)('$path on $format paper', ({ path, format }) => {
  it('numbers every page "page n of N" and repeats the running title from page 2', () => {
    const { pdf } = get(path, format);
    pdf.text.forEach((pageText, i) => {
      const head = squash(pageText).slice(0, 60);
      expect(head).toContain(`page${i + 1}of${pdf.pages}`);
      if (i > 0) expect(head.startsWith(squash(site.name))).toBe(true);
    });
  });

  it('carries no button or navigation text, and no popover', () => {
    const { all, facts } = get(path, format);
    expect(facts.controls.length).toBeGreaterThan(0);
    // A control that is only a symbol (a pilcrow, an arrow) has no words to look for.
    for (const control of facts.controls.filter((c) => squash(c))) expect(all).not.toContain(squash(control));
    expect(facts.popoversShown).toBe(0);
  });

  it('never leaves a heading alone at the foot of a page', () => {
    const { bodies, facts } = get(path, format);
    // Stranded: the page ends with the heading and the next one starts with what follows it.
    const stranded = bodies
      .slice(0, -1)
      .flatMap((body, i) =>
        facts.headings
          .filter(({ text, next }) => squash(text) && body.endsWith(squash(text)) && bodies[i + 1]!.startsWith(squash(next).slice(0, 20)))
          .map(({ text }) => `page ${i + 1}: ${text}`),
      );
    expect(stranded).toEqual([]);
  });

  it('never splits a figure, note, table row, source or the contents list', () => {
    const { bodies, facts } = get(path, format);
    expect(facts.wholes.length).toBeGreaterThan(0);
    const split = facts.wholes
      .filter(({ starts, end }) => {
        const [heads, tail] = [starts.map((start) => squash(start).slice(0, 40)), squash(end).slice(-40)];
        return !bodies.some((body) => body.includes(tail) && heads.some((head) => body.includes(head)));
      })
      .map((w) => `${w.what}: ${w.starts[0]!.slice(0, 40)}`);
    expect(split).toEqual([]);
  });
});

describe('type and colour on paper', () => {
  let page: Page;
  beforeAll(async () => {
    // Laid out at the width of A4's text area, as Chromium lays out the printed page.
    const context = await pages.browser().newContext({ viewport: { width: Math.floor((210 - 32) * PX_PER_MM), height: 1000 } });
    page = await context.newPage();
  });

  /** Smallest printed size (pt) of body text, of any other text, and of map labels. */
  async function sizes(path: string) {
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    return page.evaluate((ptPerPx) => {
      const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize) * ptPerPx;
      const visible = (el: Element) => el.checkVisibility() && !el.closest('.visually-hidden');
      const ownText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      const html = [...document.body.querySelectorAll('*')].filter((el) => !el.closest('svg') && visible(el) && ownText(el));
      // Citation marks are reference numbers, set small like footnote marks; marks hidden from
      // screen readers (a figure's numbered markers) are labels of their figure.
      const reading = html.filter((el) => !el.closest('.cite, [aria-hidden="true"]'));
      const marks = html.filter((el) => el.closest('figure [aria-hidden="true"]'));
      const body = [...document.querySelectorAll('.prose > p')].filter(visible);
      const labels = [...document.querySelectorAll('figure svg text')].filter(visible).map((text) => {
        // From the label's own units to CSS pixels: the viewBox scale and any scaled group.
        const ctm = (text as SVGGraphicsElement).getScreenCTM()!;
        return size(text) * Math.hypot(ctm.a, ctm.b);
      });
      return {
        body: Math.min(...body.map(size)),
        text: Math.min(...reading.map(size)),
        smallest: reading.reduce((a, b) => (size(a) <= size(b) ? a : b)).className,
        labels: Math.min(...labels, ...marks.map(size)),
        orphans: Math.min(...body.map((p) => Number(getComputedStyle(p).orphans))),
        widows: Math.min(...body.map((p) => Number(getComputedStyle(p).widows))),
      };
    }, PT_PER_PX);
  }

  it.each(['/', ARGUMENT_PATHS[3]!])('%s: body at least 10.5 pt, other text 8.5 pt, map labels 7 pt, orphans and widows 2', async (path) => {
    const found = await sizes(path);
    expect(found.body).toBeGreaterThanOrEqual(10.5 - ROUNDING);
    expect(found.text, `smallest: ${found.smallest}`).toBeGreaterThanOrEqual(8.5 - ROUNDING);
    expect(found.labels).toBeGreaterThanOrEqual(7 - ROUNDING);
    expect(found.orphans).toBeGreaterThanOrEqual(2);
    expect(found.widows).toBeGreaterThanOrEqual(2);
  });

  it('prints dark text on white paper while the screen is in dark mode', () => {
    const { pdf } = get(ARGUMENT_PATHS[0]!, 'A4', 'dark');
    for (const image of pdf.images) {
      const { mean, whiteShare } = pageTone(image);
      expect(mean).toBeGreaterThan(200);
      expect(whiteShare).toBeGreaterThan(0.6);
    }
    // Page 1 is body text: black, not the screen's light grey (a last page may hold only small grey type).
    expect(Math.min(...pdf.images[0]!.pixels)).toBeLessThan(60);
  });

  it('keeps the maps readable in grayscale: bloc fills differ from plain land in lightness, or are hatched or outlined', async () => {
    await page.goto(`${siteUrl}/`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const found = await page.evaluate(() => {
      const map = document.querySelector('#map-overview')!;
      const fillOf = (selector: string) => getComputedStyle(map.querySelector(selector)!);
      // CIE lightness L* of an rgb() colour: what a grayscale printer keeps.
      const lightness = (rgb: string) => {
        const [r, g, b] = rgb
          .match(/\d+(\.\d+)?/g)!
          .slice(0, 3)
          .map((v) => {
            const c = Number(v) / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
        const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
      };
      const cn = map.querySelector('.bm-states [data-bloc="cn"]')!;
      return {
        land: lightness(fillOf('.bm-land').fill),
        us: lightness(fillOf('.bm-states [data-bloc="us"]').fill),
        cnHatched: getComputedStyle(cn).fill.startsWith('url('),
        cnBase: lightness(fillOf('.bm-hatch rect').fill),
        namedOutlined: parseFloat(fillOf('.bm-states [data-bloc="named"]').strokeWidth) > 0,
      };
    });
    expect(found.land).toBeGreaterThan(80);
    expect(found.land - found.us).toBeGreaterThan(30);
    expect(found.cnHatched).toBe(true);
    expect(Math.abs(found.land - found.cnBase)).toBeGreaterThan(10);
    expect(found.namedOutlined).toBe(true);
  });
});
