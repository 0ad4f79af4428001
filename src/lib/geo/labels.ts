import { labelSizes, SMALL_LABEL } from '../../styles/tokens';
import { textWidthEm } from '../text-width';

/**
 * Label geometry without a browser. A label hangs off an anchor point (a city, a country's
 * label spot) by an offset in em, so it keeps its place beside the point at every label size
 * map.css picks. Widths are estimated for a system sans-serif, generously.
 */
export type Anchor = 'start' | 'middle' | 'end';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Label {
  /** Lines are separated by "\n"; each further line sits LINE_HEIGHT em lower. */
  text: string;
  /** The point the label belongs to, in map units. */
  x: number;
  y: number;
  /** Offset of the first line's baseline anchor from (x, y), in em. */
  dx: number;
  dy: number;
  anchor: Anchor;
  /** Size relative to the base label size (CSS --bm-s): 1, or SMALL for small labels. */
  scale: number;
  /** Draw a leader line from (x, y) to the text. */
  leader?: boolean;
  /** Letter-spacing in em, as the CSS sets it for this kind of label. */
  tracking?: number;
}

/** Base label sizes the map's CSS uses at different widths (src/styles/tokens.ts); layout is checked at each. */
export const LABEL_SIZES: readonly number[] = [labelSizes.base, ...labelSizes.narrower.map((step) => step.size)];
/** The largest, for phones. */
export const MAX_LABEL_SIZE = Math.max(...LABEL_SIZES);
/** Scale of small labels (seas, minor places, the key). */
export const SMALL = SMALL_LABEL;
export const LINE_HEIGHT = 1.05;

/** The label's ink box in em, relative to its anchor point, with room for the halo. */
export function labelBoxEm({ text, dx, dy, anchor, tracking = 0 }: Pick<Label, 'text' | 'dx' | 'dy' | 'anchor' | 'tracking'>, pad = 0.12): Box {
  const lines = text.split('\n');
  const w = Math.max(...lines.map((line) => textWidthEm(line) + tracking * [...line].length));
  const x0 = anchor === 'start' ? dx : anchor === 'end' ? dx - w : dx - w / 2;
  const below = (lines.length - 1) * LINE_HEIGHT;
  return { x0: x0 - pad, y0: dy - 0.76 - pad, x1: x0 + w + pad, y1: dy + below + 0.22 + pad };
}

/** The label's box in map units when the base label size is `base`. */
export function labelBox(label: Label, base: number = MAX_LABEL_SIZE): Box {
  const em = labelBoxEm(label);
  const s = base * label.scale;
  return { x0: label.x + em.x0 * s, y0: label.y + em.y0 * s, x1: label.x + em.x1 * s, y1: label.y + em.y1 * s };
}

/** Where a leader line from the anchor should end: just short of the nearest point of the text, in em. */
export function leaderEndEm(label: Label): [number, number] {
  const box = labelBoxEm(label, 0);
  const px = Math.min(Math.max(0, box.x0), box.x1);
  const py = Math.min(Math.max(0, box.y0), box.y1);
  const length = Math.hypot(px, py) || 1;
  const short = Math.max(0, length - 0.2) / length;
  return [px * short, py * short];
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function inside(box: Box, width: number, height: number): boolean {
  return box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height;
}

export type Side = 'e' | 'w' | 'n' | 's' | 'ne' | 'nw' | 'se' | 'sw';

/** A label centred on a point (a country's label spot). */
export function centred(text: string, [x, y]: [number, number], scale = 1): Label {
  const lines = text.split('\n').length;
  return { text, x, y, dx: 0, dy: 0.35 - ((lines - 1) * LINE_HEIGHT) / 2, anchor: 'middle', scale };
}

/** A label beside a point, `gap` em away on one side. */
export function beside(text: string, [x, y]: [number, number], side: Side, scale = 1, gap = 0.4): Omit<Label, 'leader'> {
  const lines = text.split('\n').length;
  const height = 0.7 + (lines - 1) * LINE_HEIGHT; // cap height of the first line to the last baseline
  const dx = side.includes('e') ? gap : side.includes('w') ? -gap : 0;
  const anchor: Anchor = side.includes('e') ? 'start' : side.includes('w') ? 'end' : 'middle';
  const dy = side.startsWith('n') ? -gap - (height - 0.7) : side.startsWith('s') ? gap + 0.7 : 0.35 - (height - 0.7) / 2;
  return { text, x, y, dx, dy, anchor, scale };
}
