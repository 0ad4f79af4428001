import { isKebabSlug } from './slug';

/** One line of a contents list: an anchor on the page and what the reader sees. */
export interface ContentsItem {
  id: string;
  label: string;
  /** The argument number, for the five arguments only. */
  number?: number;
}

/** Check a page's contents: every id a usable, unique anchor. Returns the list unchanged. */
export function contentsOf(items: readonly ContentsItem[]): ContentsItem[] {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (!isKebabSlug(id)) throw new Error(`Contents id "${id}" is not a kebab-case anchor`);
    if (seen.has(id)) throw new Error(`Contents id "${id}" appears twice`);
    seen.add(id);
  }
  return [...items];
}

/**
 * Order entries by their `number` and insist the numbers run 1..n with no gap or repeat,
 * so "Argument n of 5" and previous/next can never disagree with the file system.
 */
export function inEssayOrder<T extends { data: { number: number } }>(entries: readonly T[]): T[] {
  const sorted = [...entries].sort((a, b) => a.data.number - b.data.number);
  sorted.forEach((entry, i) => {
    if (entry.data.number !== i + 1) {
      throw new Error(`Argument numbers must run 1..${sorted.length}; found ${sorted.map((e) => e.data.number).join(', ')}`);
    }
  });
  return sorted;
}

/** The entries before and after position `index`, where they exist. */
export function neighbours<T>(list: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: list[index - 1], next: list[index + 1] };
}
