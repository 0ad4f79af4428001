import jsQR from 'jsqr';
import type { Gray } from './pdf';

/** What a QR code in a grayscale image says, as a phone's camera would read it, or null. */
export function readQr(image: Gray): string | null {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  image.pixels.forEach((v, i) => rgba.set([v, v, v, 255], i * 4));
  return jsQR(rgba, image.width, image.height)?.data ?? null;
}

/**
 * The image an SVG QR drawing of this site makes (`viewBox="-q -q side side"`, one horizontal
 * stroke a module thick per run of dark modules, as src/lib/qr.ts writes them), at `scale` pixels
 * a module: read independently of the module that drew it.
 */
export function rasterizeQrSvg(svg: string, scale = 4): Gray {
  const [, q, side] = /viewBox="-(\d+) -\d+ (\d+) \d+"/.exec(svg)!.map(Number) as [number, number, number];
  const d = /<path d="([^"]+)"/.exec(svg)![1]!;
  const width = side * scale;
  const pixels = new Uint8Array(width * width).fill(255);
  let x = 0;
  let y = 0;
  for (const [, op, a, b] of d.matchAll(/([Mmh])(\d+)(?:\s(\d+)(?:\.5)?)?/g)) {
    if (op === 'M') [x, y] = [Number(a), Number(b)];
    else if (op === 'm') x += Number(a);
    else {
      for (let px = (x + q) * scale; px < (x + q + Number(a)) * scale; px++)
        for (let py = (y + q) * scale; py < (y + q + 1) * scale; py++) pixels[py * width + px] = 0;
      x += Number(a);
    }
  }
  return { width, height: width, pixels };
}
