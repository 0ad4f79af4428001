import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { brokenLinks, type DistPage } from '../../../src/build/dist-links';

const ORIGIN = 'https://example.org';
const page = (path: string, body: string): [string, DistPage] => [path, { path, doc: parse(`<html><body>${body}</body></html>`) }];
const files = new Set(['/index.html', '/arguments/a/index.html', '/favicon.svg', '/404.html']);

function check(body: string, base = '/') {
  const pages = new Map([page('/', `<h2 id="background">B</h2>${body}`), page('/arguments/a/', '<h1 id="a">A</h1>')]);
  return brokenLinks(files, pages, ORIGIN, base).map((b) => `${b.href} ${b.problem}`);
}

describe('the built site’s link check', () => {
  it('accepts pages, assets, fragments on this and other pages, and outside links', () => {
    expect(check('<a href="/arguments/a/#a">x</a><a href="#background">y</a><link href="/favicon.svg"><a href="https://else.example/">z</a>')).toEqual([]);
  });

  it('reports a missing page, a missing #fragment and a page link without its trailing slash', () => {
    expect(check('<a href="/arguments/b/">x</a><a href="/#nowhere">y</a><a href="/arguments/a">z</a>')).toEqual([
      '/arguments/b/ goes to no page or file',
      '/#nowhere points to #nowhere, which is not on /',
      '/arguments/a lacks its trailing slash',
    ]);
  });

  it('under a base path, resolves links that carry it and reports those that do not', () => {
    expect(check('<a href="/explainer/arguments/a/#a">x</a><img src="/explainer/favicon.svg">', '/explainer/')).toEqual([]);
    expect(check('<a href="/#background">x</a>', '/explainer/')).toEqual(["/#background is outside the site's base path /explainer/"]);
  });
});
