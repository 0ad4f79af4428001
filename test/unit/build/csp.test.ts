import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { cspHash, pagePolicy, withPolicy } from '../../../src/build/csp';

const page = (head: string, body = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

describe('a page’s Content-Security-Policy, made from the page', () => {
  it('allows each inline stylesheet and script the page holds by its hash, wherever it sits, once each', () => {
    const policy = pagePolicy(
      page('<style>a{}</style><style>.fig{}</style><script type="module">go()</script>', '<svg><style>.map{}</style></svg><script>go()</script>'),
    );
    expect(directive(policy, 'style-src')).toEqual(["'self'", cspHash('a{}'), cspHash('.fig{}'), cspHash('.map{}')]);
    expect(directive(policy, 'script-src')).toEqual(["'self'", cspHash('go()')]);
  });

  it('names no JSON-LD data block and no external script: the browser runs neither inline', () => {
    const policy = pagePolicy(page('<script type="application/ld+json">{}</script><script src="/x.js"></script>'));
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
  });

  it('allows nothing inline on a page that has nothing inline', () => {
    const policy = pagePolicy(page(''));
    expect(directive(policy, 'style-src')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/sha256|unsafe/);
  });

  it('writes the policy right after <meta charset>, before anything it governs, and changes nothing else', () => {
    const html = page('<style>a{}</style>', '<p>x</p>');
    const out = withPolicy(html);
    const meta = `<meta http-equiv="content-security-policy" content="${pagePolicy(html)}">`;
    expect(out).toBe(html.replace('<meta charset="utf-8">', `<meta charset="utf-8">${meta}`));
    expect(parse(out).querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')).toBe(pagePolicy(html));
  });

  it('refuses a page that already has a policy: one owner, one truth', () => {
    expect(() => withPolicy(page(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`))).toThrow(/already carries/);
  });

  it('computes the hash a browser compares: sha256 of the exact text, base64', () => {
    // echo -n 'a{}' | openssl dgst -sha256 -binary | base64
    expect(cspHash('a{}')).toBe("'sha256-X1RutGBrXCt9KkSaXMK7tHftWiRscFHOhxsS8tv8hBk='");
  });
});
