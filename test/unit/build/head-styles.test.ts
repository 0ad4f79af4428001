import { describe, expect, it } from 'vitest';
import { joinHeadStyles } from '../../../src/build/head-styles';

describe('joinHeadStyles', () => {
  it('joins adjacent head stylesheets into one, in order, so the policy needs one hash', () => {
    const html = '<html><head><title>t</title><style>a{color:red}</style><style>.fig{}</style>\n<style>b{}</style></head><body></body></html>';
    expect(joinHeadStyles(html)).toBe('<html><head><title>t</title><style>a{color:red}.fig{}b{}</style></head><body></body></html>');
  });

  it('leaves styles apart that something else separates, that carry attributes, or that sit in the body', () => {
    const html = '<html><head><style>a{}</style><meta name="x"><style>b{}</style><style media="print">c{}</style></head><body><style>d{}</style><style>e{}</style></body></html>';
    expect(joinHeadStyles(html)).toBe(html);
  });

  it('never joins stylesheets when one starts with an at-rule only a start allows', () => {
    const html = '<html><head><style>a{}</style><style>@import url(x.css);b{}</style></head><body></body></html>';
    expect(joinHeadStyles(html)).toBe(html);
  });
});
