/**
 * Shorter SVG path data for the same shape: d3's absolute "M x,y L x,y … Z" rewritten as
 * relative moves only. The path starts with "m" (absolute when first, by the SVG grammar) and
 * every later subpath with "m" relative to the current point; the pairs after an "m" are
 * implicit relative line-tos, so no "l" is ever written. Numbers are in tenths of a unit (or
 * whole units when the input has none), or on a coarser grid of `step` units (half units,
 * whole units) when a map needs no more; zero moves are dropped and separators appear
 * only where the grammar needs them ("1.2.5" reads as 1.2 then .5). Deltas are taken between
 * rounded absolute points, so rounding never drifts.
 */
export function compactPath(d: string, step: Step = 0.1): string {
  const quantum = Math.round(step * 10); // in tenths
  let out = '';
  let previous = ''; // the last number written, or '' right after a command letter
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') {
      out += 'z';
      [x, y, previous] = [startX, startY, ''];
      continue;
    }
    const [nx, ny] = args!.split(',').map((v) => Math.round((Number(v) * 10) / quantum) * quantum) as [number, number];
    if (cmd === 'M' || nx !== x || ny !== y) {
      const dx = tenths(nx - x);
      const dy = tenths(ny - y);
      out += cmd === 'M' ? `m${dx}` : separator(previous, dx) + dx;
      out += separator(dx, dy) + dy;
      previous = dy;
    }
    if (cmd === 'M') [startX, startY] = [nx, ny];
    [x, y] = [nx, ny];
  }
  return out;
}

/** The grid path data snaps to, in map units. */
export type Step = 0.1 | 0.5 | 1;

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

/**
 * The absolute points of path data written by `compactPath` (whose only commands are "m" and "z",
 * with implicit relative line-tos), in map units: to check what a crop shows without a browser.
 */
export function pathPoints(d: string): Array<[number, number]> {
  if (/[^mz\d\s.,-]/.test(d)) throw new Error('pathPoints reads only compactPath output (m, z and numbers)');
  const points: Array<[number, number]> = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let numbers: number[] = [];
  let moving = false;
  const flush = () => {
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      [x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
      if (moving && i === 0) [startX, startY] = [x, y];
      points.push([x, y]);
    }
    numbers = [];
  };
  for (const [token] of d.matchAll(/[mz]|-?(?:\d+(?:\.\d*)?|\.\d+)/g)) {
    if (token === 'm') {
      flush();
      moving = true;
    } else if (token === 'z') {
      flush();
      [x, y, moving] = [startX, startY, false];
    } else numbers.push(Number(token));
  }
  flush();
  return points;
}
