import { describe, expect, it } from 'vitest';
import { completeCspHashes, cspHash } from '../../../src/build/csp-hashes';

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>a{}</style></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)![1]!;

describe('completing a page’s Content-Security-Policy', () => {
  it('hashes a stylesheet Astro left out (a content entry’s propagated styles), keeping what is there', () => {
    const html = page(`default-src 'self';style-src 'self' ${cspHash('a{}')}`, '<style>.fig{}</style>');
    expect(policyOf(completeCspHashes(html))).toBe(`default-src 'self';style-src 'self' ${cspHash('a{}')} ${cspHash('.fig{}')}`);
  });

  it('hashes an inline script missing from script-src, but not a JSON-LD data block or an external script', () => {
    const html = page(`style-src ${cspHash('a{}')};script-src 'self'`, '<script type="module">go()</script><script type="application/ld+json">{}</script><script src="/x.js"></script>');
    expect(policyOf(completeCspHashes(html))).toBe(`style-src ${cspHash('a{}')};script-src 'self' ${cspHash('go()')}`);
  });

  it('drops the hashes of other pages’ code, which Astro lists on every page', () => {
    const html = page(`style-src 'self' ${cspHash('b{}')} ${cspHash('a{}')};script-src 'self' ${cspHash('elsewhere()')}`, '');
    expect(policyOf(completeCspHashes(html))).toBe(`style-src 'self' ${cspHash('a{}')};script-src 'self'`);
  });

  it('leaves a page unchanged when its policy already covers everything, or when it has none', () => {
    const covered = page(`style-src ${cspHash('a{}')}`, '');
    expect(completeCspHashes(covered)).toBe(covered);
    const bare = '<html><head><style>a{}</style></head></html>';
    expect(completeCspHashes(bare)).toBe(bare);
  });

  it('computes the hash a browser compares: sha256 of the exact text, base64', () => {
    // echo -n 'a{}' | openssl dgst -sha256 -binary | base64
    expect(cspHash('a{}')).toBe("'sha256-X1RutGBrXCt9KkSaXMK7tHftWiRscFHOhxsS8tv8hBk='");
  });
});
