/**
 * The triangle figure's geometry in user units. The three countries sit at the heights of
 * Huang's ranking (the US first, then Japan, then South Korea); each edge is labelled at its
 * middle. Sized for the largest label size the CSS uses, so labels stay inside the frame.
 */
import { links, type Link } from '../data/instruments';
import { textWidthEm } from './text-width';

export const TRIANGLE = { width: 440, height: 330 } as const;
/** Label sizes in user units (Triangle.astro switches between them: keep in step). */
export const TRIANGLE_LABEL = { wide: 13, narrow: 18 } as const;

/** Node centres, top to bottom in Huang's order. */
export const NODES = [
  { name: 'United States', rank: 'first', x: 220, y: 36 },
  { name: 'Japan', rank: 'second', x: 360, y: 176 },
  { name: 'South Korea', rank: 'third', x: 80, y: 296 },
] as const;

const node = (name: string) => NODES.find((n) => n.name === name)!;

/**
 * Where a line leaves a node: on an ellipse round its name and rank (centred 10 units under
 * the name's baseline, as wide as the longer line at the narrow size), so no line touches text.
 */
export function port(n: (typeof NODES)[number], ux: number, uy: number): { x: number; y: number } {
  const rx = halfWidth(n.name.length > 11 ? n.name : 'Huang: second', TRIANGLE_LABEL.narrow) + 6;
  const ry = 30;
  const t = 1 / Math.hypot(ux / rx, uy / ry);
  return { x: n.x + ux * t, y: n.y + 10 + uy * t };
}

/** An edge's label lines: each fact's short name with its year, then any stated absence. */
export function edgeLines(link: Link): string[] {
  return [...link.facts.map((f) => `${f.short} ${f.date.slice(0, 4)}`), ...(link.without ? [link.without.short] : [])];
}

export function triangleScene() {
  return links.map((link) => {
    const [a, b] = link.ends.map(node) as [(typeof NODES)[number], (typeof NODES)[number]];
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const ux = (b.x - a.x) / len;
    const uy = (b.y - a.y) / len;
    const [p, q] = [port(a, ux, uy), port(b, -ux, -uy)];
    const lines = edgeLines(link);
    // The label of several lines (the bottom side) moves up, into the empty middle of the triangle.
    const shift = lines.length > 1 ? 30 : 0;
    const mid = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 - shift };
    return {
      link,
      d: `M${p.x.toFixed(1)} ${p.y.toFixed(1)}L${q.x.toFixed(1)} ${q.y.toFixed(1)}`,
      label: { x: mid.x, y: mid.y, lines },
    };
  });
}

/** Half the width a centred line of text takes at a size, for the in-frame check. */
export function halfWidth(text: string, size: number): number {
  return (textWidthEm(text) * size) / 2;
}
