import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { brokenLinks, readDist } from '../../src/build/dist-links';
import { sharedDir } from '../../src/build/shared-folder';
import { astroRun, repositoryCopy } from '../support/astro-run';
import { PINNED_SLUGS as SLUGS, SITE_ORIGIN } from '../support/pinned';
import { rasterizeQrSvg, readQr } from '../support/qr';

/*
 * The builds only this file needs: two full builds side by side, each in its own copy of the
 * repository (the suite's shared build is reused as the first of the two identical builds), then
 * one content sync and one build that stops early on a bad edit. This file is a project of its
 * own ("builds" in vitest.config.ts), so they run while the browser tests do.
 */
const dist = inject('distDir');
const scratch = mkdtempSync(join(tmpdir(), 'explainer-deploy-'));
/** The copies find the shared folder as a deploy would: they do not sit beside it. */
const shared = { SHARED_DIR: sharedDir() };

const SUB = { SITE_URL: 'https://user.github.io', BASE_PATH: '/explainer/' };
// Each build writes inside its own copy: the prerender chunks Astro leaves in the output import
// packages, which Node finds only by walking up from there to the copy's node_modules.
const subDist = join(scratch, 'sub', 'dist');
const againDist = join(scratch, 'again', 'dist');
let subBuild: { code: number | null; output: string };
let againBuild: { code: number | null; output: string };

beforeAll(async () => {
  [subBuild, againBuild] = await Promise.all([
    astroRun(['build', '--silent', '--outDir', subDist], { ...SUB, ...shared }, repositoryCopy(join(scratch, 'sub'))),
    astroRun(['build', '--silent', '--outDir', againDist], { SITE_URL: SITE_ORIGIN, ...shared }, repositoryCopy(join(scratch, 'again'))),
  ]);
}, 240_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a build under a sub-path (BASE_PATH=/explainer/)', () => {
  it('succeeds, and every internal link, asset and #fragment resolves under the base', () => {
    expect(subBuild.code, subBuild.output).toBe(0);
    const { files, pages } = readDist(subDist);
    expect(pages.size).toBe(SLUGS.length + 2);
    expect(brokenLinks(files, pages, SUB.SITE_URL, SUB.BASE_PATH)).toEqual([]);
  });

  it('puts the base in every root-relative URL: links, assets, canonical, share card, copy-link, content links', () => {
    const { pages } = readDist(subDist);
    for (const { path, doc } of pages.values()) {
      const urls = doc
        .querySelectorAll('a[href], link[href], script[src], img[src], meta[content]')
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('content')!)
        .filter((url) => url.startsWith('/') || url.startsWith(SUB.SITE_URL));
      const withoutBase = urls.filter((url) => !url.startsWith('/explainer/') && !url.startsWith(`${SUB.SITE_URL}/explainer/`));
      expect(withoutBase, path).toEqual([]);
    }
    const page = pages.get(`/arguments/${SLUGS[0]}/`)!.doc;
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${SUB.SITE_URL}/explainer/arguments/${SLUGS[0]}/`);
    // The printed QR code leads to the page under the base too.
    expect(page.querySelector('img.print-qr')!.getAttribute('src')).toBe(`/explainer/qr/${SLUGS[0]}.svg`);
    const qr = readFileSync(join(subDist, 'qr', `${SLUGS[0]}.svg`), 'utf8');
    expect(readQr(rasterizeQrSvg(qr))).toBe(`${SUB.SITE_URL}/explainer/arguments/${SLUGS[0]}/`);
    expect(page.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(`${SUB.SITE_URL}/explainer/og/${SLUGS[0]}.png`);
    expect(page.querySelector('[data-copy-link]')!.getAttribute('data-url')).toBe(`${SUB.SITE_URL}/explainer/arguments/${SLUGS[0]}/`);
    // Written in content/arguments/01-….mdx as [Background](/#background).
    expect(page.querySelector('.prose a[href="/explainer/#background"]')).not.toBeNull();
  });

  it('lists base-path URLs in the sitemap and robots.txt', () => {
    const locs = [...readFileSync(join(subDist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([`${SUB.SITE_URL}/explainer/`, ...SLUGS.map((s) => `${SUB.SITE_URL}/explainer/arguments/${s}/`)]);
    expect(readFileSync(join(subDist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SUB.SITE_URL}/explainer/sitemap.xml`);
  });
});

describe('reproducible builds', () => {
  it('gives byte-identical dist/ for two builds of one commit', () => {
    expect(againBuild.code, againBuild.output).toBe(0);
    const list = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    const files = list(dist);
    expect(list(againDist)).toEqual(files);
    const differing = files.filter((f) => {
      try {
        return !readFileSync(join(dist, f)).equals(readFileSync(join(againDist, f)));
      } catch {
        return false; // a directory
      }
    });
    expect(differing).toEqual([]);
  });
});

describe('content errors caught before the build writes anything', () => {
  // One scratch copy for the bad edits below, given the shared folder as a deploy would.
  const fixture = join(scratch, 'fixture');
  beforeAll(() => {
    repositoryCopy(fixture);
  });

  it('names both files when two arguments share a slug', async () => {
    const original = readFileSync(join(fixture, 'content/arguments/02-leaders-short-terms.mdx'), 'utf8');
    const copy = join(fixture, 'content/arguments/06-copy.mdx');
    writeFileSync(copy, original.replace(/^number: 2$/m, 'number: 5'));
    const { code, output } = await astroRun(['sync'], shared, fixture);
    rmSync(copy);
    expect(code).not.toBe(0);
    expect(output).toMatch(/multiple entries with the same slug: `leaders-short-terms`/);
    expect(output).toContain('content/arguments/02-leaders-short-terms.mdx');
    expect(output).toContain('content/arguments/06-copy.mdx');
  }, 120_000);

  it('stops `astro build` on a quote that is not in the essay, naming the file and line', async () => {
    const file = join(fixture, 'content/arguments/01-statement-not-treaty.mdx');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((line) => /<Quote>[^<]+<\/Quote>/.test(line));
    lines[at] = lines[at]!.replace(/<Quote>[^<]+<\/Quote>/, '<Quote>the statement is a legally abiding treaty</Quote>');
    writeFileSync(file, lines.join('\n'));
    const { code, output } = await astroRun(['build', '--silent', '--outDir', join(scratch, 'refused')], shared, fixture);
    expect(code).not.toBe(0);
    expect(output).toContain(
      `content/arguments/01-statement-not-treaty.mdx, line ${at + 1}: the quotation “the statement is a legally abiding treaty” is not word for word in the essay`,
    );
  }, 180_000);
});
