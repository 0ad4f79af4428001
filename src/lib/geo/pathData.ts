import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection, type GeoStreamWrapper } from 'd3-geo';
import type { Box } from './labels';

/** The grid path data snaps to, in map units. */
export type Step = 0.1 | 0.5 | 1;

/**
 * A d3-geo path context (on the model of d3-geo/src/path/string.js) that writes short SVG
 * path data: relative moves only. The path starts with "m" (absolute when first, by the SVG
 * grammar) and every later subpath with "m" relative to the current point; the pairs after an
 * "m" are implicit relative line-tos, so no "l" is ever written. Points snap to a grid of `step`
 * units; zero moves are dropped and separators appear only where the grammar needs them
 * ("1.2.5" reads as 1.2 then .5). Deltas are taken between snapped absolute points, so rounding
 * never drifts. It also keeps the box of the points it writes.
 */
export class PathData implements GeoContext {
  private readonly quantum: number; // in tenths
  private out = '';
  private previous = ''; // the last number written, or '' right after a command letter
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  bounds: Box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };

  constructor(step: Step = 0.1) {
    this.quantum = Math.round(step * 10);
  }

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.point(x, y, true);
  }

  lineTo(x: number, y: number): void {
    this.point(x, y, false);
  }

  closePath(): void {
    this.out += 'z';
    [this.x, this.y, this.previous] = [this.startX, this.startY, ''];
  }

  arc(): void {
    throw new Error('PathData draws no points: give d3 lines and polygons');
  }

  result(): string {
    return this.out;
  }

  private point(px: number, py: number, move: boolean): void {
    const q = this.quantum;
    const [nx, ny] = [Math.round((px * 10) / q) * q, Math.round((py * 10) / q) * q];
    if (move || nx !== this.x || ny !== this.y) {
      const dx = tenths(nx - this.x);
      const dy = tenths(ny - this.y);
      this.out += move ? `m${dx}` : separator(this.previous, dx) + dx;
      this.out += separator(dx, dy) + dy;
      this.previous = dy;
    }
    if (move) [this.startX, this.startY] = [nx, ny];
    [this.x, this.y] = [nx, ny];
    const b = this.bounds;
    this.bounds = { x0: Math.min(b.x0, nx / 10), y0: Math.min(b.y0, ny / 10), x1: Math.max(b.x1, nx / 10), y1: Math.max(b.y1, ny / 10) };
  }
}

/** `object` projected and written as compact path data, with the box of the points written. */
export function pathData(projection: GeoProjection | GeoStreamWrapper, object: GeoPermissibleObjects, step: Step = 0.1): { d: string; bounds: Box } {
  const context = new PathData(step);
  geoPath(projection, context)(object);
  return { d: context.result(), bounds: context.bounds };
}

/** A number of tenths as the shortest decimal: 12 → "1.2", -5 → "-.5", 30 → "3". */
export function tenths(t: number): string {
  const sign = t < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(t) / 10);
  const frac = Math.abs(t) % 10;
  if (!frac) return `${sign}${whole}`;
  return `${sign}${whole || ''}.${frac}`;
}

/** What must stand between two numbers: nothing before "-", nothing before "." if the first has one. */
function separator(a: string, b: string): string {
  if (b.startsWith('-')) return '';
  if (b.startsWith('.') && a.includes('.')) return '';
  return ' ';
}
