import type { GlossaryEntry } from '../../src/data/glossary';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a page first uses an abbreviation without helping the reader: `undefined` when the
 * first use in `text` (a page's MDX in reading order) is the content of a `<Term id>` for it or
 * follows its expansion ("Republic of Korea (ROK"), else the words around that first use.
 * A page that never uses the abbreviation has nothing to explain.
 */
export function unexplainedFirstUse(text: string, entry: GlossaryEntry): string | undefined {
  const first = new RegExp(`\\b${escape(entry.term)}\\b`).exec(text);
  if (!first) return undefined;
  const before = text.slice(0, first.index);
  const inTerm = new RegExp(`<Term\\b[^>]*\\bid=["']${escape(entry.id)}["'][^>]*>$`).test(before);
  const expanded = entry.expansion !== undefined && before.endsWith(`${entry.expansion} (`);
  return inTerm || expanded ? undefined : text.slice(Math.max(0, first.index - 60), first.index + entry.term.length + 20);
}
