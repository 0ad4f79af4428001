import { describe, expect, it } from 'vitest';
import { QUIET, qrDrawing } from '../../src/lib/qr';
import { rasterizeQrSvg, readQr } from '../support/qr';

const svgOf = (url: string) => {
  const { size, path } = qrDrawing(url);
  return `<svg viewBox="-${QUIET} -${QUIET} ${size + 2 * QUIET} ${size + 2 * QUIET}"><path d="${path}" stroke="#000"/></svg>`;
};

describe('qrDrawing', () => {
  it.each([
    'https://huang-jing-alliance.example/',
    'https://huang-jing-alliance.example/arguments/costs-and-proximity/',
    'https://user.github.io/explainer/arguments/structural-imbalance/',
  ])('draws a code that a reader decodes back to %s', (url) => {
    expect(readQr(rasterizeQrSvg(svgOf(url)))).toBe(url);
  });

  it('stays small: a page address needs a code of at most 41 modules a side and about 2.5 KB of path', () => {
    const { size, path } = qrDrawing('https://user.github.io/explainer/arguments/structural-imbalance/');
    expect(size).toBeLessThanOrEqual(41);
    expect(path.length).toBeLessThan(2600);
  });
});
