import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** One built page, keyed by the path readers request without the base: `/`, `/arguments/x/`, `/404.html`. */
export interface DistPage {
  path: string;
  doc: HTMLElement;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Every file of a built site by its path inside the site (`/og/x.png`), and its HTML pages parsed. */
export function readDist(dist: string): { files: Set<string>; pages: Map<string, DistPage> } {
  const files = new Set<string>();
  const pages = new Map<string, DistPage>();
  for (const file of filesUnder(dist)) {
    const rel = `/${relative(dist, file).split('\\').join('/')}`;
    files.add(rel);
    if (!rel.endsWith('.html')) continue;
    const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    pages.set(path, { path, doc: parse(readFileSync(file, 'utf8')) });
  }
  return { files, pages };
}

/**
 * Every internal link, asset and `#fragment` of every page that does not resolve in the built
 * site, as a static host serves it under `base`: `/x/` is `/x/index.html`, a directory without
 * its trailing slash is not a page, and a root-relative link that lacks the base leaves the site.
 */
export interface BrokenLink {
  /** The page the link is on, as in readDist. */
  page: string;
  /** The link as it appears in the built HTML. */
  href: string;
  /** What is wrong with it, finishing the sentence "the link … ". */
  problem: string;
}

export function brokenLinks(files: ReadonlySet<string>, pages: ReadonlyMap<string, DistPage>, origin: string, base: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const { path, doc } of pages.values()) {
    const pageUrl = new URL(`${base}${path.slice(1)}`, origin);
    for (const el of doc.querySelectorAll('a[href], link[href], script[src], img[src], use[href]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      const url = new URL(raw, pageUrl);
      if (url.origin !== origin) continue;
      const problem = (what: string) => broken.push({ page: path, href: raw, problem: what });
      if (!url.pathname.startsWith(base)) {
        problem(`is outside the site's base path ${base}`);
        continue;
      }
      const inSite = `/${decodeURIComponent(url.pathname.slice(base.length))}`;
      const targetPath = inSite.endsWith('/') ? `${inSite}index.html` : inSite;
      if (!files.has(targetPath)) {
        problem(files.has(`${inSite}/index.html`) ? 'lacks its trailing slash' : 'goes to no page or file');
        continue;
      }
      // A text fragment (`#id:~:text=…`) is read by the browser, not matched to an id: only the
      // part before its `:~:` delimiter names an element, and it may be empty.
      const fragment = url.hash.slice(1).split(':~:')[0]!;
      if (fragment) {
        const id = decodeURIComponent(fragment);
        const target = pages.get(inSite)?.doc;
        if (!target?.getElementById(id)) problem(`points to #${id}, which is not on ${inSite}`);
      }
    }
  }
  return broken;
}
