import { describe, expect, it } from 'vitest';
import { mapPalette, palette } from '../../src/styles/tokens';

/** WCAG 2.2 contrast ratio of two sRGB colours (#rgb or #rrggbb). */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const six = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
    const [r, g, bl] = [0, 2, 4].map((i) => {
      const c = parseInt(six.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('contrast', () => {
  it('computes the WCAG ratio', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

const TEXT = ['ink', 'muted', 'link', 'link-visited', 'accent'] as const;

describe.each(['light', 'dark', 'print'] as const)('the %s palette', (theme) => {
  const p = palette[theme];
  it.each(TEXT)('sets %s text at 4.5:1 or more on the paper and on notes', (text) => {
    expect(contrast(p[text], p.paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p[text], p.note)).toBeGreaterThanOrEqual(4.5);
  });
});

describe.each(['light', 'dark'] as const)('the %s map palette', (theme) => {
  const { paper, muted } = palette[theme];
  const m = mapPalette[theme];

  it('sets bloc labels at 4.5:1 or more on their paper halo, and names inside the US bloc on its fill', () => {
    expect(contrast(m['us-text'], paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(m['cn-text'], paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(paper, m.us)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(muted, m.ocean)).toBeGreaterThanOrEqual(4.5);
  });

  it('sets each bloc apart from the land and the paper around it at 3:1 or more (the China bloc by fill or hatch)', () => {
    for (const ground of [m.land, paper]) {
      expect(contrast(m.us, ground)).toBeGreaterThanOrEqual(3);
      expect(Math.max(contrast(m.cn, ground), contrast(m['cn-line'], ground))).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(m['named-line'], m.named)).toBeGreaterThanOrEqual(3);
    expect(contrast(m.ring, m.land)).toBeGreaterThanOrEqual(3);
  });
});
