import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPageCsp } from '../../../src/build/page-csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

describe('narrowPageCsp', () => {
  const body = '<style>a{color:red}</style><script type="module">go()</script><script type="application/ld+json">{}</script><script type="module" src="/x.js"></script>';
  const site = "default-src 'self';script-src 'self' 'sha256-other=' 'sha256-more=';style-src 'self' 'sha256-else='";
  const narrowed = policyOf(narrowPageCsp(page(site, body)));

  it("allows the page's own inline scripts and styles by hash, and no other page's", () => {
    expect(narrowed).toBe(`default-src 'self';script-src 'self' ${sha('go()')} ${sha('{}')};style-src 'self' ${sha('a{color:red}')}`);
  });

  it('leaves external scripts to the policy\'s sources, not hashes', () => {
    expect(narrowed).not.toContain(sha(''));
  });

  it('adds a stylesheet the site-wide list missed', () => {
    expect(policyOf(narrowPageCsp(page("style-src 'self'", '<style>b{}</style>')))).toBe(`style-src 'self' ${sha('b{}')}`);
  });
});
