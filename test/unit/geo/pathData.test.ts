import { describe, expect, it } from 'vitest';
import { compactPath, tenths } from '../../../src/lib/geo/pathData';

/**
 * The absolute points of SVG path data written with m/M, l/L and z/Z, the way a renderer reads
 * them: a first "m" is absolute, pairs after a moveto are line-tos of the same kind, and "z"
 * returns the current point to the subpath's start. Each subpath is one ring.
 */
function rings(d: string): number[][][] {
  const out: number[][][] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const [, cmd, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    if (cmd === 'z' || cmd === 'Z') {
      [x, y] = [startX, startY];
      continue;
    }
    const numbers = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i < numbers.length; i += 2) {
      const relative = cmd === 'm' || cmd === 'l';
      const first = out.length === 0 && i === 0; // a path's first moveto is absolute
      const [a, b] = [numbers[i]!, numbers[i + 1]!];
      [x, y] = relative && !first ? [x + a, y + b] : [a, b];
      [x, y] = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
      if (i === 0 && (cmd === 'm' || cmd === 'M')) {
        [startX, startY] = [x, y];
        out.push([[x, y]]);
      } else out.at(-1)!.push([x, y]);
    }
  }
  return out;
}

describe('compactPath', () => {
  it('writes the same shape with relative moves and fewer characters', () => {
    const d = 'M10.5,20L11,20.2L11,20.2L10.2,19.9L-3.5,0.5ZM100,100L101.5,100.5Z';
    const out = compactPath(d);
    expect(out.length).toBeLessThan(d.length);
    expect(rings(out)).toEqual([
      [[10.5, 20], [11, 20.2], [10.2, 19.9], [-3.5, 0.5]],
      [[100, 100], [101.5, 100.5]],
    ]);
  });

  it('moves to a later subpath from the end of an open one, and from the start of a closed one', () => {
    const open = 'M0,0L5,5M10,0L12,0';
    expect(rings(compactPath(open))).toEqual([[[0, 0], [5, 5]], [[10, 0], [12, 0]]]);
    expect(compactPath(open)).toBe('m0 0 5 5m5-5 2 0');
    const closed = 'M0,0L5,5L5,0ZM10,0L12,0Z';
    expect(compactPath(closed)).toBe('m0 0 5 5 0-5zm10 0 2 0z');
  });

  it('uses the SVG grammar to drop separators and command letters', () => {
    expect(compactPath('M0,0L0.5,0.5L1,1')).toBe('m0 0 .5.5.5.5');
    expect(compactPath('M0,0L-0.5,-1L0,0')).toBe('m0 0-.5-1 .5 1');
    expect(compactPath('M0,0L1,0L1,0L1,1')).toBe('m0 0 1 0 0 1');
  });

  it('writes whole units when the input has no decimals', () => {
    expect(compactPath('M12,30L15,28L15,31Z')).toBe('m12 30 3-2 0 3z');
  });

  it('writes tenths as the shortest decimal', () => {
    expect([12, -5, 30, 0, -30, 7].map(tenths)).toEqual(['1.2', '-.5', '3', '0', '-3', '.7']);
  });
});
