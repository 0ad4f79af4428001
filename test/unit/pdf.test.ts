import { describe, expect, it } from 'vitest';
import { pageFill, pageTone, parsePgm, squash, type Gray } from '../support/pdf';

/** A white page of 10×100 pixels with ink on the given rows. */
function page(inkRows: number[], ink = 0): Gray {
  const pixels = new Uint8Array(10 * 100).fill(255);
  for (const y of inkRows) pixels.fill(ink, y * 10, y * 10 + 10);
  return { width: 10, height: 100, pixels };
}

describe('reading printed pages back', () => {
  it('parses a binary PGM as pdftoppm -gray writes it', () => {
    const header = new TextEncoder().encode('P5\n2 2\n255\n');
    const image = parsePgm(new Uint8Array([...header, 0, 255, 128, 7]));
    expect(image).toMatchObject({ width: 2, height: 2 });
    expect([...image.pixels]).toEqual([0, 255, 128, 7]);
  });

  it('measures fill from the top of the text area to the lowest ink, ignoring the margin boxes', () => {
    const margins = { top: 0.1, bottom: 0.1 };
    // Running title at row 5, page number at row 95: both in the margins, so an empty text area.
    expect(pageFill(page([5, 95]), margins)).toBe(0);
    expect(pageFill(page([5, 10, 49, 95]), margins)).toBe(0.5);
    expect(pageFill(page([89]), margins)).toBe(1);
  });

  it('counts a light tint (the background of a note) as ink, but not white', () => {
    expect(pageFill(page([49], 244), { top: 0.1, bottom: 0.1 })).toBe(0.5);
    expect(pageFill(page([49], 254), { top: 0.1, bottom: 0.1 })).toBe(0);
  });

  it('tells a white page from a dark one', () => {
    expect(pageTone(page([1, 2])).whiteShare).toBeCloseTo(0.98);
    expect(pageTone({ width: 1, height: 2, pixels: new Uint8Array([20, 30]) }).mean).toBe(25);
  });

  it('compares text across line breaks, hyphenation and punctuation', () => {
    expect(squash('The three-\nway “partnership”, 2023')).toBe(squash('the threeway partnership 2023'));
  });
});
