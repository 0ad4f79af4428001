/**
 * A QR code as one SVG path, drawn at build time (the `qrcode` package encodes; this module only
 * draws), for printouts that lead back to their page. Each row's runs of dark modules become
 * horizontal strokes one module thick (`M0 y.5h3m2 0h1…`), the shortest path text for this
 * pattern, since the code's bytes are nearly random and gzip cannot shrink them much.
 */
import QRCode from 'qrcode';

/** The quiet zone the standard asks for around the code, in modules. */
export const QUIET = 4;

export interface QrDrawing {
  /** Modules along one side, without the quiet zone. */
  size: number;
  /** Path data: one stroke per run of dark modules, to be drawn with stroke-width 1. */
  path: string;
}

/**
 * Error correction M (15% of the code may be lost to a fold or a smudge) by default; a page
 * address is short, so the code stays small.
 */
export function qrDrawing(text: string, errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H' = 'M'): QrDrawing {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel }).modules;
  let path = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    let row = '';
    let pen = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && data[y * size + x]) x++;
      row += row ? `m${start - pen} 0h${x - start}` : `M${start} ${y}.5h${x - start}`;
      pen = x;
    }
    path += row;
  }
  return { size, path };
}

/** The standalone SVG file of a drawing: black modules on white, the quiet zone inside. */
export function qrSvg({ size, path }: QrDrawing): string {
  const side = size + 2 * QUIET;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-${QUIET} -${QUIET} ${side} ${side}" shape-rendering="crispEdges"><rect x="-${QUIET}" y="-${QUIET}" width="${side}" height="${side}" fill="#fff"/><path d="${path}" stroke="#000"/></svg>`;
}
