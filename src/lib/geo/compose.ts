import type { Box } from './labels';

/**
 * A composition shows parts of one shared drawing (a view's land, states and marks, in its
 * map units) through windows: each window crops a rectangle of the drawing and places it,
 * uniformly scaled, somewhere in the composition. The SVG draws each window as a nested
 * <svg> with that rectangle as its viewBox, reusing the geometry with <use>, so a second
 * composition costs its labels and a few numbers, not a second copy of the world.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Window {
  /** What the window shows, in the drawing's map units. */
  source: Rect;
  /** Where it goes, in the composition's units (`source` times `scale`, moved). */
  x: number;
  y: number;
  scale: number;
}

export const rect = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });

/** A rectangle as a box (corners). */
export function boxOf({ x, y, width, height }: Rect): Box {
  return { x0: x, y0: y, x1: x + width, y1: y + height };
}

/** The smallest rectangle around `boxes`, with `pad` map units on every side. */
export function around(boxes: readonly Box[], pad = 0): Rect {
  if (!boxes.length) throw new Error('around() needs at least one box');
  const x0 = Math.min(...boxes.map((b) => b.x0)) - pad;
  const y0 = Math.min(...boxes.map((b) => b.y0)) - pad;
  const x1 = Math.max(...boxes.map((b) => b.x1)) + pad;
  const y1 = Math.max(...boxes.map((b) => b.y1)) + pad;
  return rect(x0, y0, x1 - x0, y1 - y0);
}

/**
 * `r` grown about its centre until its height is at most `maxAspect` times its width (a crop
 * of something tall and thin gets wider, so it is not taller than a phone can show), then
 * moved, not shrunk, to lie within `bounds` where it can.
 */
export function widenTo(r: Rect, maxAspect: number, bounds?: Rect): Rect {
  const width = Math.max(r.width, r.height / maxAspect);
  let x = r.x - (width - r.width) / 2;
  if (bounds) x = Math.min(Math.max(x, bounds.x), Math.max(bounds.x, bounds.x + bounds.width - width));
  return rect(x, r.y, width, r.height);
}

/** `r` cut to `bounds` (the drawing's frame). */
export function clampTo(r: Rect, bounds: Rect): Rect {
  const x0 = Math.max(r.x, bounds.x);
  const y0 = Math.max(r.y, bounds.y);
  const x1 = Math.min(r.x + r.width, bounds.x + bounds.width);
  const y1 = Math.min(r.y + r.height, bounds.y + bounds.height);
  return rect(x0, y0, x1 - x0, y1 - y0);
}

/** A window showing `source` `width` units wide with its top-left corner at (x, y). */
export function windowAt(source: Rect, x: number, y: number, width: number): Window {
  return { source, x, y, scale: width / source.width };
}

/** Where a window lands in the composition. */
export function placed(w: Window): Rect {
  return rect(w.x, w.y, w.source.width * w.scale, w.source.height * w.scale);
}

/** Whether a point of the drawing is shown by the window (on its edge counts). */
export function shows(w: Window, [x, y]: readonly [number, number]): boolean {
  const s = w.source;
  return x >= s.x && x <= s.x + s.width && y >= s.y && y <= s.y + s.height;
}

/** A point of the drawing in composition units, as `w` shows it. */
export function through(w: Window, [x, y]: readonly [number, number]): [number, number] {
  return [w.x + (x - w.source.x) * w.scale, w.y + (y - w.source.y) * w.scale];
}
