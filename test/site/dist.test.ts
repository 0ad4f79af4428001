import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { sources } from '../../src/data/sources';
import { homeContents } from '../../src/lib/outline';
import { BUDGET } from '../support/budgets';
import { builtPages } from '../support/dist-pages';
import { PINNED_SLUGS as SLUGS, SITE_ORIGIN } from '../support/pinned';

const sourceByUrl = new Map<string, (typeof sources)[number]>(sources.map((source) => [source.url, source]));

const dist = inject('distDir');
const pages = builtPages(dist);
const home = pages.get('/')!;

/** Resolve a site-relative URL path to a built file, as a static host would. */
function fileFor(pathname: string): string {
  const path = join(dist, decodeURIComponent(pathname));
  return pathname.endsWith('/') ? join(path, 'index.html') : path;
}

describe('the built site', () => {
  it('has the home page, five argument pages and a 404 page', () => {
    expect([...pages.keys()].sort()).toEqual(['/', '/404.html', ...SLUGS.map((s) => `/arguments/${s}/`)].sort());
    for (const extra of ['robots.txt', 'favicon.svg', 'sitemap.xml', 'cite/explainer.bib', 'cite/explainer.ris'])
      expect(existsSync(join(dist, extra))).toBe(true);
  });

  it('lists / and every argument page in the sitemap, and robots.txt points to it', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([`${SITE_ORIGIN}/`, ...SLUGS.map((s) => `${SITE_ORIGIN}/arguments/${s}/`)]);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_ORIGIN}/sitemap.xml`);
  });

  it('gives every argument its section on / and its own page, in essay order', () => {
    const sectionIds = home.doc.querySelectorAll('section.argument').map((s) => s.id);
    expect(sectionIds).toEqual(SLUGS);
    SLUGS.forEach((slug, i) => {
      const page = pages.get(`/arguments/${slug}/`)!;
      expect(page.doc.querySelector(`section#${slug}`)).not.toBeNull();
      expect(page.doc.querySelector('.argument__eyebrow')!.text).toContain(`Argument ${i + 1} of 5`);
    });
  });

  it('lays / out in the order of its outline (src/lib/outline.ts), which its contents list follows', () => {
    const sections = home.doc.querySelectorAll('.full-read__body > section').map((s) => s.id);
    const listed = homeContents().map((item) => item.id);
    // A list the contents names inside a section (About's updates and corrections) follows it.
    expect(listed.filter((id) => sections.includes(id))).toEqual(sections);
    expect(listed.filter((id) => !sections.includes(id))).toEqual(['corrections']);
    expect(home.doc.querySelector('#about #corrections')).not.toBeNull();
    expect(home.doc.querySelectorAll('.contents__list a').map((a) => a.getAttribute('href')!.slice(1))).toEqual(listed);
  });

  it('renders one source twice: an argument page shows the same section markup as /, notes one level up', () => {
    const noteHeadingsAsH3 = (html: string) => html.replace(/<(\/?)h2 class="note__title"/g, '<$1h3 class="note__title"').replace(/<\/h2>/g, '</h3>');
    // The one planned difference: the timeline is drawn on argument 2's page, while in the full
    // read it is the What happened next section and argument 2 points there (see mdx/Timeline.astro).
    const timelineSlot = (html: string) =>
      html.replace(/(<div class="figure-slot" data-figure="timeline"[^>]*>)[\s\S]*?<\/(?:figure|p)>\s*<\/div>/, '$1</div>');
    // Page-level bookkeeping differs by design too: marks are counted per page (cite-<n>-<k>), and a
    // term opens its glossary entry on / (term-<id>) and its own card on an argument page (term-def-<id>);
    // only an argument page carries hover previews (src/lib/preview.ts), which marks and terms point at.
    const samePage = (html: string) =>
      timelineSlot(noteHeadingsAsH3(html))
        .replace(/(id="cite-\d+)-\d+"/g, '$1"')
        .replace(/popovertarget="term-def-/g, 'popovertarget="term-')
        .replace(/ interestfor="hint-[^"]*"/g, '');
    for (const slug of SLUGS) {
      const onHome = home.doc.querySelector(`section#${slug} .prose`)!.innerHTML;
      const alone = pages.get(`/arguments/${slug}/`)!.doc.querySelector(`section#${slug} .prose`)!.innerHTML;
      expect(samePage(alone)).toBe(samePage(onHome));
    }
  });

  it('numbers sources by first citation on /, and every page keeps those numbers', () => {
    // A source is known by its address, which its entry's title links to: independent of the numbers under test.
    const sourceOf = (entry: HTMLElement) => sourceByUrl.get(entry.querySelector('.sources__title')!.getAttribute('href')!)!.id;
    const cites = (doc: typeof home.doc) =>
      doc.querySelectorAll('sup.cite button, sup.cite a').map((mark) => {
        // A mark is a button opening its source's entry, or (in a figure) a link to the entry.
        const target = mark.getAttribute('popovertarget') ?? mark.getAttribute('href')!.slice(1);
        return { id: sourceOf(doc.querySelector(`.sources__list > li#${target}`)!), n: Number(mark.text.replace(/\D/g, '')) };
      });
    const numberOf = new Map<string, number>();
    for (const { id, n } of cites(home.doc)) if (!numberOf.has(id)) numberOf.set(id, n);
    const firsts = [...numberOf.entries()];
    expect(firsts.map(([, n]) => n)).toEqual(firsts.map((_, i) => i + 1));
    for (const { id, n } of cites(home.doc)) expect(n).toBe(numberOf.get(id));
    const listed = home.doc.querySelectorAll('.sources__list li').map((li) => [sourceOf(li), Number(li.getAttribute('value'))]);
    expect(listed).toEqual(firsts);
    for (const slug of SLUGS) {
      const { doc } = pages.get(`/arguments/${slug}/`)!;
      for (const { id, n } of cites(doc)) expect(n).toBe(numberOf.get(id));
      for (const li of doc.querySelectorAll('.sources__list li')) expect(Number(li.getAttribute('value'))).toBe(numberOf.get(sourceOf(li)));
    }
  });

  it.each([...pages.values()])('$path: every popovertarget names a popover on the page', ({ doc }) => {
    for (const button of doc.querySelectorAll('[popovertarget]')) {
      const id = button.getAttribute('popovertarget')!;
      expect(doc.getElementById(id)?.hasAttribute('popover'), id).toBe(true);
    }
  });

  it('opens each term on / at its own glossary entry, and on an argument page at a card of its own', () => {
    const terms = home.doc.querySelectorAll('button.term');
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) expect(home.doc.querySelector(`#glossary .glossary__entry#${term.getAttribute('popovertarget')}`), term.text).not.toBeNull();
    // / carries each definition once: in the glossary.
    expect(home.doc.querySelectorAll('.term-def')).toHaveLength(0);
    for (const slug of SLUGS) {
      const { doc } = pages.get(`/arguments/${slug}/`)!;
      for (const term of doc.querySelectorAll('button.term'))
        expect(doc.querySelector(`.term-def#${term.getAttribute('popovertarget')}`), term.text).not.toBeNull();
    }
  });

  it('titles each argument page with its own h1: the argument, not the site', () => {
    for (const slug of SLUGS) {
      const { doc } = pages.get(`/arguments/${slug}/`)!;
      expect(doc.querySelector('h1')!.id).toBe(`${slug}-title`);
      expect(doc.querySelectorAll(`section#${slug} h2.note__title`)).toHaveLength(2);
    }
  });

  it.each([...pages.values()])('$path resolves every internal link and #fragment', ({ path, doc }) => {
    const broken: string[] = [];
    for (const el of doc.querySelectorAll('a[href], link[href], script[src], img[src], use[href]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
      const url = new URL(raw, `${SITE_ORIGIN}${path}`);
      if (url.origin !== SITE_ORIGIN) continue;
      const file = url.pathname === path ? null : fileFor(url.pathname);
      // A directory is not a page: a link missing its trailing slash would 404 on a static host.
      if (file && !(existsSync(file) && statSync(file).isFile())) {
        broken.push(`${raw} (no file)`);
        continue;
      }
      if (url.hash && !url.hash.startsWith('#:~:')) {
        const target = file ? pages.get(url.pathname)?.doc : doc;
        // A text fragment (#id:~:text=…) falls back to its id, which must exist; the text is checked in citations.test.ts.
        const id = decodeURIComponent(url.hash.slice(1).split(':~:')[0]!);
        if (!target?.getElementById(id)) broken.push(`${raw} (no #${id})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each([...pages.values()])('$path loads nothing from another host', ({ html, doc }) => {
    const loads = [
      ...doc.querySelectorAll('script[src], img[src], iframe[src], source[src], video[src], audio[src]').map((el) => el.getAttribute('src')!),
      ...doc
        .querySelectorAll('link[href]')
        .filter((el) => !['canonical', 'alternate', 'prev', 'next'].includes(el.getAttribute('rel') ?? ''))
        .map((el) => el.getAttribute('href')!),
      ...[...html.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!),
      ...[...html.matchAll(/@import\s+(?:url\()?['"]?([^'");]+)/g)].map((m) => m[1]!),
    ];
    const foreign = loads.filter((src) => /^(https?:)?\/\//.test(src));
    expect(foreign).toEqual([]);
  });

  it.each([...pages.values()])('$path has a title, a description, one h1 and landmarks', ({ doc, path }) => {
    expect(doc.querySelector('title')?.text.trim()).toBeTruthy();
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelectorAll('main')).toHaveLength(1);
    expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    if (path !== '/404.html') {
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE_ORIGIN}${path}`);
    }
  });

  it.each([...pages.values()])('$path has its headings in order, never skipping a level', ({ doc }) => {
    const levels = doc.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, i) => expect(level - levels[i]!).toBeLessThanOrEqual(1));
  });

  it.each([...pages.values()].filter((p) => p.path !== '/404.html'))('$path has a 1200x630 share card of its own', ({ doc }) => {
    const url = doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    expect(url.startsWith(`${SITE_ORIGIN}/og/`)).toBe(true);
    const png = readFileSync(fileFor(new URL(url).pathname));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
  });

  it('gives each argument page its own card, title and description', () => {
    const cards = new Set<string>();
    for (const slug of SLUGS) {
      const { doc } = pages.get(`/arguments/${slug}/`)!;
      cards.add(doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!);
      const title = doc.querySelector(`#${slug}-title`)!.text;
      expect(doc.querySelector('title')!.text).toContain(title);
      const summary = doc.querySelector(`#${slug} .argument__summary`)!.text;
      expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(summary);
    }
    expect(cards.size).toBe(SLUGS.length);
  });

  it('links each thesis in brief to its section', () => {
    const hrefs = home.doc.querySelectorAll('.theses a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(SLUGS.map((s) => `#${s}`));
  });

  it('keeps the whole explainer within its budget, counting every request its first load makes', () => {
    // The page is self-contained (inline CSS, SVG and script); the icon is its one other request.
    const requested = home.doc
      .querySelectorAll('link[rel~="icon"], link[rel="stylesheet"], script[src], img[src]:not([loading="lazy"])')
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src')!);
    expect(requested).toEqual(['/favicon.svg']);
    const bytes = [fileFor('/'), ...requested.map(fileFor)].reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
    expect(bytes).toBeLessThanOrEqual(BUDGET.fullRead);
  });

  it('sends all the CSS, the masthead and the hero map within the first 14 KB of / (one round trip)', () => {
    const html = readFileSync(fileFor('/'), 'utf8');
    const hero = html.indexOf('class="full-read__hero"');
    expect(hero).toBeGreaterThan(html.indexOf('class="masthead"'));
    const firstScreen = html.slice(0, html.indexOf('</figure>', hero) + '</figure>'.length);
    expect(firstScreen.match(/<style>/g)?.length).toBe(html.match(/<style>/g)?.length); // no CSS after it
    expect(gzipSync(firstScreen).length).toBeLessThanOrEqual(BUDGET.firstScreen);
  });

  it.each(SLUGS)('keeps /arguments/%s/ within 24 KB gzip', (slug) => {
    const bytes = gzipSync(readFileSync(fileFor(`/arguments/${slug}/`))).length;
    expect(bytes).toBeLessThanOrEqual(BUDGET.argumentPage);
  });

  it('ships no JavaScript file and at most 2 KB gzip of inline enhancement script per page', () => {
    for (const { doc } of pages.values()) {
      expect(doc.querySelectorAll('script[src]')).toHaveLength(0);
      // JSON-LD is data, not script: browsers never run it.
      const inline = doc
        .querySelectorAll('script:not([type="application/ld+json"])')
        .map((s) => s.text)
        .join('');
      expect(gzipSync(inline).length).toBeLessThanOrEqual(BUDGET.inlineScript);
    }
  });
});
