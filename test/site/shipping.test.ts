import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from '../support/dist-pages';

const dist = inject('distDir');
const pages = [...builtPages(dist).values()];

// Whether the policy lets the page's own code run, and nothing else, is proven in Chromium
// (test/browser/policy.test.ts); these read what only the markup shows.
describe('a strict Content-Security-Policy on every page', () => {
  it.each(pages)('$path carries one policy, ahead of every stylesheet and script, trusting only the site and hashes', ({ html, doc }) => {
    const metas = doc.querySelectorAll('meta[http-equiv="content-security-policy"]');
    expect(metas).toHaveLength(1);
    // A policy in a <meta> governs only what comes after it.
    const at = html.indexOf('<meta http-equiv="content-security-policy"');
    const governed = [...html.matchAll(/<(style|script)\b/g)].map((m) => m.index);
    expect(governed.length).toBeGreaterThan(0);
    expect(Math.min(...governed)).toBeGreaterThan(at);
    const sources = metas[0]!
      .getAttribute('content')!
      .split(';')
      .flatMap((d) => d.trim().split(/\s+/).slice(1));
    expect(sources.filter((s) => !/^'(self|none|sha256-[A-Za-z0-9+/]+=*)'$/.test(s))).toEqual([]);
  });

  it.each(pages)('$path holds no external script, style attribute or on… handler, which a hash cannot allow', ({ doc }) => {
    expect(doc.querySelectorAll('script[src]')).toHaveLength(0);
    const inlineAttributes = doc.querySelectorAll('*').flatMap((el) =>
      Object.keys(el.attributes)
        .filter((a) => a === 'style' || /^on/i.test(a))
        .map((a) => `<${el.tagName.toLowerCase()} ${a}>`),
    );
    expect(inlineAttributes).toEqual([]);
  });

  it('adds the header-only protections in public/_headers (Netlify, Cloudflare Pages)', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*$/m);
    expect(headers).toMatch(/^ {2}Content-Security-Policy: frame-ancestors 'none'$/m);
    expect(headers).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
    expect(headers).toMatch(/^ {2}Referrer-Policy: strict-origin-when-cross-origin$/m);
    expect(headers).toMatch(/^ {2}Permissions-Policy: .*camera=\(\)/m);
  });
});
