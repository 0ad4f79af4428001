import { describe, expect, it } from 'vitest';
import { alphaOf, contrast, luminance, over, parseColor } from '../support/contrast';

describe('contrast maths (WCAG 2.2)', () => {
  it('reads hex and computed-style colours alike', () => {
    expect(parseColor('#1f4f94')).toEqual([31, 79, 148]);
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('rgb(31, 79, 148)')).toEqual([31, 79, 148]);
    expect(parseColor('rgba(31, 79, 148, 0.5)')).toEqual([31, 79, 148]);
    expect(alphaOf('rgba(31, 79, 148, 0.5)')).toBe(0.5);
    expect(alphaOf('rgb(31, 79, 148)')).toBe(1);
    expect(() => parseColor('url(#hatch)')).toThrow();
  });

  it('gives the ratios WCAG publishes', () => {
    expect(luminance('#000')).toBe(0);
    expect(luminance('#fff')).toBeCloseTo(1, 10);
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#fff', '#777777')).toBeCloseTo(contrast('#777777', '#fff'), 10);
  });

  it('composites a translucent colour over another', () => {
    expect(over([255, 255, 255], 0.5, [0, 0, 0])).toEqual([127.5, 127.5, 127.5]);
    expect(over([10, 20, 30], 1, [0, 0, 0])).toEqual([10, 20, 30]);
  });
});
