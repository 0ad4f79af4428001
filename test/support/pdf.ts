/**
 * Reading a printed PDF back: its text page by page (poppler's pdftotext) and how full each page
 * is, measured on a small grayscale rendering of every page (poppler's pdftoppm). No npm PDF
 * parser: poppler-utils is one Debian package, which .ci/run installs when it is missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A grayscale image, one byte a pixel (0 black, 255 white), rows top to bottom. */
export interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Parse a binary PGM (P5, maxval 255), as `pdftoppm -gray` writes it. */
export function parsePgm(data: Uint8Array): Gray {
  // The header is four whitespace-separated fields (magic, width, height, maxval) and one whitespace byte.
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(data[at]!))) at++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(data[at]!))) field += String.fromCharCode(data[at++]!);
    fields.push(field);
  }
  const [magic, width, height, maxval] = [fields[0], Number(fields[1]), Number(fields[2]), Number(fields[3])];
  if (magic !== 'P5' || maxval !== 255) throw new Error(`Not an 8-bit binary PGM: ${fields.join(' ')}`);
  const pixels = data.subarray(at + 1, at + 1 + width * height);
  if (pixels.length !== width * height) throw new Error('PGM is shorter than its header says');
  return { width, height, pixels };
}

/** Darker than this counts as ink: text, rules, figures and the light tint behind notes alike. */
const INK_BELOW = 250;

/** Whether row `y` of the image has any ink. */
function rowHasInk(image: Gray, y: number): boolean {
  const start = y * image.width;
  for (let x = 0; x < image.width; x++) if (image.pixels[start + x]! < INK_BELOW) return true;
  return false;
}

/**
 * How full a page is: the share of its text area (inside the top and bottom margins, given as
 * fractions of the page height) that lies above the lowest ink. The margin boxes (running title,
 * page number) are outside the text area, so they never count.
 */
export function pageFill(image: Gray, margins: { top: number; bottom: number }): number {
  const top = Math.round(image.height * margins.top);
  const bottom = image.height - Math.round(image.height * margins.bottom);
  for (let y = bottom - 1; y >= top; y--) if (rowHasInk(image, y)) return (y + 1 - top) / (bottom - top);
  return 0;
}

/** Mean lightness (0–255) of a page and the share of its pixels that are near white. */
export function pageTone(image: Gray): { mean: number; whiteShare: number } {
  let sum = 0;
  let white = 0;
  for (const value of image.pixels) {
    sum += value;
    if (value >= INK_BELOW) white++;
  }
  return { mean: sum / image.pixels.length, whiteShare: white / image.pixels.length };
}

/** A printed PDF, read back: text and a grayscale image per page. */
export interface ReadPdf {
  pages: number;
  /**
   * Each page's text in the order Chromium wrote it (pdftotext -raw): a two-column list reads
   * column by column, where pdftotext's default would interleave the columns line by line.
   */
  text: string[];
  images: Gray[];
}

/** Read a PDF back with poppler. `dpi` only needs to resolve a line of text (about 30 is plenty). */
export function readPdf(pdf: Uint8Array, dpi = 30): ReadPdf {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    // pdftotext ends every page with a form feed, the last one included.
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), file, join(dir, 'page')]);
    const images = readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort((a, b) => Number(a.match(/(\d+)\.pgm$/)![1]) - Number(b.match(/(\d+)\.pgm$/)![1]))
      .map((name) => parsePgm(readFileSync(join(dir, name))));
    if (images.length !== text.length) throw new Error(`pdftoppm made ${images.length} pages, pdftotext ${text.length}`);
    return { pages: text.length, text, images };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Letters and digits only, lower-cased: text compared this way survives line breaks, hyphenation and spacing. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
