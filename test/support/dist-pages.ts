import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BuiltPage {
  /** URL path as a visitor requests it: `/`, `/arguments/x/`, `/404.html`. */
  path: string;
  html: string;
  doc: HTMLElement;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** Every HTML page in a built site, keyed by the path a visitor would use. */
export function builtPages(dist: string): Map<string, BuiltPage> {
  const pages = new Map<string, BuiltPage>();
  for (const file of htmlFiles(dist)) {
    const rel = `/${relative(dist, file).split('\\').join('/')}`;
    const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    const html = readFileSync(file, 'utf8');
    pages.set(path, { path, html, doc: parse(html) });
  }
  return pages;
}
