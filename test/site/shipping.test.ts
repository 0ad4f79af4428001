import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../src/build/csp';
import { builtPages } from '../support/dist-pages';

const dist = inject('distDir');
const pages = [...builtPages(dist).values()];

/** The page's policy as directive name → sources. */
function policyOf(html: string): Map<string, string[]> {
  const meta = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
  const directives = (meta?.[1] ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]);
  return new Map(directives.map(([name, ...values]) => [name!, values]));
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('a strict Content-Security-Policy on every page', () => {
  it.each(pages)('$path carries the policy, with no unsafe keyword', ({ html }) => {
    const policy = policyOf(html);
    for (const directive of CSP_DIRECTIVES) {
      const [name, ...values] = directive.split(' ');
      expect(policy.get(name!), name).toEqual(values);
    }
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(html).not.toMatch(/unsafe-(inline|eval|hashes)/);
  });

  it.each(pages)('$path: every inline script and stylesheet is allowed by its hash, and nothing else is inline', ({ html, doc }) => {
    const policy = policyOf(html);
    for (const script of doc.querySelectorAll('script')) {
      expect(script.getAttribute('src'), 'no external script').toBeUndefined();
      // A JSON-LD data block is never run, so CSP does not govern it.
      if (script.getAttribute('type') === 'application/ld+json') continue;
      expect(policy.get('script-src')).toContain(sha256(script.rawText));
    }
    const styles = doc.querySelectorAll('style');
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) expect(policy.get('style-src')).toContain(sha256(style.rawText));
    // A style or on… attribute would need 'unsafe-inline'/'unsafe-hashes': the markup has none.
    const inlineAttributes = doc.querySelectorAll('*').flatMap((el) => Object.keys(el.attributes).filter((a) => a === 'style' || /^on/i.test(a)).map((a) => `<${el.tagName.toLowerCase()} ${a}>`));
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
