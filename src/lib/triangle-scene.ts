/**
 * The triangle figure's geometry in user units. The three countries sit at the heights of
 * Huang's ranking (the US first, then Japan, then South Korea); each edge is labelled at its
 * middle. Sized for the largest label size the CSS uses, so labels stay inside the frame.
 */
import { links, type Link } from '../data/instruments';
import { textWidthEm } from './text-width';

export const TRIANGLE = { width: 440, height: 330 } as const;
/** Label sizes in user units: `narrow` in a frame up to `narrowBelowRem` wide (src/build/generated.ts writes the CSS). */
export const TRIANGLE_LABEL = { wide: 13, narrow: 18, narrowBelowRem: 25 } as const;

/** Node centres, top to bottom in Huang's order. */
export const NODES = [
  { name: 'United States', standing: 'dominant', x: 220, y: 36 },
  { name: 'Japan', standing: 'superior', x: 356, y: 176 },
  { name: 'South Korea', standing: 'below Japan', x: 98, y: 296 },
] as const;

/**
 * The line under a node's name: its standing in Huang's words ("dominates", Japan's "superior"
 * position over South Korea). He ranks the three in words, so the figure gives no numbers.
 */
export function rankLine(n: (typeof NODES)[number]): string {
  return `Huang: ${n.standing}`;
}

const node = (name: string) => NODES.find((n) => n.name === name)!;

/**
 * Where a line leaves a node: 6 units outside the box its name and rank take at the narrow
 * size, on the line from the box's centre, so no line touches text. (An ellipse round the
 * name let the dashed side clip "South Korea" at phone width.)
 */
export function port(n: (typeof NODES)[number], ux: number, uy: number): { x: number; y: number } {
  const box = nodeBox(n, TRIANGLE_LABEL.narrow);
  const [cx, cy] = [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
  const [w, h] = [(box.x1 - box.x0) / 2 + 6, (box.y1 - box.y0) / 2 + 6];
  const t = Math.min(ux === 0 ? Infinity : w / Math.abs(ux), uy === 0 ? Infinity : h / Math.abs(uy));
  return { x: cx + ux * t, y: cy + uy * t };
}

/** An edge's label lines: each fact's short name with its year, then any stated absence. */
export function edgeLines(link: Link): string[] {
  return [...link.facts.map((f) => `${f.short} ${f.date.slice(0, 4)}`), ...(link.without ? [link.without.short] : [])];
}

/** A box in user units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The box a label's lines take at a size, centred on (x, y) as Triangle.astro sets them: lines
 * 1.2em apart around y, each glyph about 0.6em above and below its line's middle.
 */
export function labelBox(x: number, y: number, lines: readonly string[], size: number): Box {
  const w = Math.max(...lines.map((l) => halfWidth(l, size)));
  const h = lines.length * 0.6 * size;
  return { x0: x - w, x1: x + w, y0: y - h, y1: y + h };
}

/** The box of a node's name and rank at a size (name on y, rank 1.2em under it). */
export function nodeBox(n: (typeof NODES)[number], size: number): Box {
  const w = Math.max(halfWidth(n.name, size), halfWidth(rankLine(n), size));
  return { x0: n.x - w, x1: n.x + w, y0: n.y - 0.8 * size, y1: n.y + 1.6 * size };
}

const apart = (a: Box, b: Box, gap: number) => a.x1 + gap <= b.x0 || b.x1 + gap <= a.x0 || a.y1 + gap <= b.y0 || b.y1 + gap <= a.y0;
const inFrame = (b: Box, gap: number) => b.x0 >= gap && b.y0 >= gap && b.x1 <= TRIANGLE.width - gap && b.y1 <= TRIANGLE.height - gap;

interface Point {
  x: number;
  y: number;
}

/** Whether the segment from p to q passes through the box (sampled every unit or so). */
export function crosses(p: Point, q: Point, b: Box): boolean {
  const n = Math.ceil(Math.hypot(q.x - p.x, q.y - p.y));
  for (let i = 0; i <= n; i++) {
    const [x, y] = [p.x + ((q.x - p.x) * i) / n, p.y + ((q.y - p.y) * i) / n];
    if (x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1) return true;
  }
  return false;
}

/**
 * Places each side's label at the largest label size, where space is tightest, nearest the
 * side's middle where it fits: in the frame, clear of the node labels, of the labels placed
 * before it and of the other sides. A one-line label sits on its own side, the line broken by
 * the label's paper halo. A label of several lines (the Japan–South Korea side) would hide its
 * side, so it goes just outside the triangle, clear of the side. (Review r1 S3: inside the
 * triangle it ran, at phone width, into Japan's rank and the US–South Korea label.)
 */
export function triangleScene() {
  const size = TRIANGLE_LABEL.narrow;
  const centroid = { x: NODES.reduce((s, n) => s + n.x, 0) / 3, y: NODES.reduce((s, n) => s + n.y, 0) / 3 };
  const sides = links.map((link) => {
    const [a, b] = link.ends.map(node) as [(typeof NODES)[number], (typeof NODES)[number]];
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const [ux, uy] = [(b.x - a.x) / len, (b.y - a.y) / len];
    return { link, p: port(a, ux, uy), q: port(b, -ux, -uy), ux, uy, lines: edgeLines(link) };
  });
  const placed: Box[] = [];
  // Labels of several lines first: they need the most room.
  const order = [...sides].sort((a, b) => b.lines.length - a.lines.length);
  const at = new Map<string, Point>();
  for (const side of order) {
    const { p, q, ux, uy, lines } = side;
    const mid = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
    const box = labelBox(0, 0, lines, size);
    let [nx, ny] = [-uy, ux];
    if (nx * (mid.x - centroid.x) + ny * (mid.y - centroid.y) < 0) [nx, ny] = [-nx, -ny];
    const off = lines.length > 1 ? Math.abs(nx) * box.x1 + Math.abs(ny) * box.y1 + 8 : 0;
    const others = sides.filter((o) => o !== side);
    const len = Math.hypot(q.x - p.x, q.y - p.y);
    let found: Point | undefined;
    for (let step = 0; step <= len / 2 && !found; step += 2) {
      for (const t of [step, -step]) {
        const c = { x: mid.x + nx * off + ux * t, y: mid.y + ny * off + uy * t };
        const b = labelBox(c.x, c.y, lines, size);
        const fits =
          inFrame(b, 2) &&
          NODES.every((n) => apart(b, nodeBox(n, size), 4)) &&
          placed.every((o) => apart(b, o, 4)) &&
          others.every((o) => !crosses(o.p, o.q, b)) &&
          (lines.length === 1 || !crosses(p, q, b));
        if (fits) {
          found = c;
          break;
        }
      }
    }
    if (!found) throw new Error(`triangle: no room for the label "${lines.join(' / ')}"`);
    const rounded = { x: Math.round(found.x), y: Math.round(found.y) };
    placed.push(labelBox(rounded.x, rounded.y, lines, size));
    at.set(side.link.id, rounded);
  }
  return sides.map(({ link, p, q, lines }) => ({
    link,
    d: `M${p.x.toFixed(1)} ${p.y.toFixed(1)}L${q.x.toFixed(1)} ${q.y.toFixed(1)}`,
    label: { ...at.get(link.id)!, lines },
  }));
}

/** Half the width a centred line of text takes at a size, for the in-frame check. */
export function halfWidth(text: string, size: number): number {
  return (textWidthEm(text) * size) / 2;
}
