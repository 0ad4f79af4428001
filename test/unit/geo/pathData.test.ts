import { geoIdentity } from 'd3-geo';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { PathData, pathData, tenths } from '../../../src/lib/geo/pathData';
import { pathRings as rings } from '../../support/geo';

/** What the context writes for d3's absolute "M x,y L x,y … Z" commands, fed to it as d3-geo would. */
function write(d: string, step?: 0.1 | 0.5 | 1): string {
  const context = new PathData(step);
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    const [x, y] = args!.split(',').map(Number) as [number, number];
    if (cmd === 'M') context.moveTo(x, y);
    else if (cmd === 'L') context.lineTo(x, y);
    else context.closePath();
  }
  return context.result();
}

describe('PathData, a d3-geo path context', () => {
  it('writes the same shape with relative moves and fewer characters', () => {
    const d = 'M10.5,20L11,20.2L11,20.2L10.2,19.9L-3.5,0.5ZM100,100L101.5,100.5Z';
    const out = write(d);
    expect(out.length).toBeLessThan(d.length);
    expect(rings(out)).toEqual([
      [
        [10.5, 20],
        [11, 20.2],
        [10.2, 19.9],
        [-3.5, 0.5],
      ],
      [
        [100, 100],
        [101.5, 100.5],
      ],
    ]);
  });

  it('moves to a later subpath from the end of an open one, and from the start of a closed one', () => {
    const open = 'M0,0L5,5M10,0L12,0';
    expect(rings(write(open))).toEqual([
      [
        [0, 0],
        [5, 5],
      ],
      [
        [10, 0],
        [12, 0],
      ],
    ]);
    expect(write(open)).toBe('m0 0 5 5m5-5 2 0');
    const closed = 'M0,0L5,5L5,0ZM10,0L12,0Z';
    expect(write(closed)).toBe('m0 0 5 5 0-5zm10 0 2 0z');
  });

  it('uses the SVG grammar to drop separators and command letters', () => {
    expect(write('M0,0L0.5,0.5L1,1')).toBe('m0 0 .5.5.5.5');
    expect(write('M0,0L-0.5,-1L0,0')).toBe('m0 0-.5-1 .5 1');
    expect(write('M0,0L1,0L1,0L1,1')).toBe('m0 0 1 0 0 1');
  });

  it('writes whole units on a grid of whole units', () => {
    expect(write('M12.2,30L15,27.6L15,31.4Z', 1)).toBe('m12 30 3-2 0 3z');
  });

  it('writes tenths as the shortest decimal', () => {
    expect([12, -5, 30, 0, -30, 7].map(tenths)).toEqual(['1.2', '-.5', '3', '0', '-3', '.7']);
  });

  it('is what d3-geo draws through, and keeps the box of the points it wrote', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0, 10.26],
          [20.04, 10.26],
          [20.04, 0],
          [0, 0],
        ],
      ],
    };
    const { d, bounds } = pathData(geoIdentity(), square);
    expect(rings(d)).toHaveLength(1);
    expect(bounds).toEqual({ x0: 0, y0: 0, x1: 20, y1: 10.3 });
  });
});
