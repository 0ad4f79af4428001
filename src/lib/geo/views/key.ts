import { textWidthEm } from '../../text-width';
import { LABEL_SIZES, SMALL, type Box } from '../labels';
import { KEY_ROW_EM, type MapKey } from './types';

/** Width of the swatch column, in em (Key.astro puts the text at 1.75em). */
const TEXT_X_EM = 1.75;

/** Padding of the key's backing panel, in em. */
export const KEY_PAD_EM = 0.45;

/** Space between columns, in em. */
const COLUMN_GAP_EM = 1;

/** Width of one column of the key (swatch and text), in em. */
export function keyColumnEm(entries: MapKey['entries']): number {
  return TEXT_X_EM + Math.max(...entries.map((e) => textWidthEm(e.text))) + COLUMN_GAP_EM;
}

/** Rows the title takes above the entries. */
const titleRows = (key: Pick<MapKey, 'title'>) => (key.title ? 1 : 0);

/** Where entry `i` goes, in em from the panel's corner: column-major, like reading a list, below the title. */
export function keyCellEm(key: Pick<MapKey, 'entries' | 'columns' | 'title'>, i: number): { x: number; y: number } {
  const rows = Math.ceil(key.entries.length / (key.columns ?? 1));
  return { x: KEY_PAD_EM + Math.floor(i / rows) * keyColumnEm(key.entries), y: KEY_PAD_EM + (titleRows(key) + (i % rows)) * KEY_ROW_EM };
}

/** The key's panel in em from its top-left corner (its text is SMALL, so these are SMALL em). */
export function keySizeEm(key: Pick<MapKey, 'entries' | 'columns' | 'title'>): { width: number; height: number } {
  const columns = key.columns ?? 1;
  const rows = Math.ceil(key.entries.length / columns) + titleRows(key);
  const entriesWidth = columns * keyColumnEm(key.entries) - COLUMN_GAP_EM;
  return {
    width: Math.max(entriesWidth, key.title ? textWidthEm(key.title) : 0) + 2 * KEY_PAD_EM,
    height: rows * KEY_ROW_EM - (KEY_ROW_EM - 1) + 2 * KEY_PAD_EM,
  };
}

/** The key's box in map units at every label size (it is laid out in em, so it grows with them). */
export function keyBoxes(key: MapKey, sizes: readonly number[] = LABEL_SIZES): Box[] {
  const { x, y } = key;
  const { width, height } = keySizeEm(key);
  return sizes.map((size) => ({ x0: x, y0: y, x1: x + width * size * SMALL, y1: y + height * size * SMALL }));
}

/** The key moved to the frame's bottom-right corner, `margin` units in, so it fits at the largest label size. */
export function atBottomRight(key: MapKey, width: number, height: number, margin = 4): MapKey {
  const largest = keyBoxes({ ...key, x: 0, y: 0 }).at(-1)!;
  return { ...key, x: width - largest.x1 - margin, y: height - largest.y1 - margin };
}
