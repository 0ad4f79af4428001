/**
 * Reads the Since-then notes of an MDX file from its syntax tree (parsed as the build parses
 * it): each `<SinceThen>` is cut into statements, one per `<Cite>`, holding the words since the
 * previous citation; and the dates a statement writes are read back in the site's style
 * ("15 November 2024", "15–19 September 2025", "late October 2025").
 */
import type { Nodes } from 'mdast';
import { mdxTree } from '../../src/lib/content-facts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface Statement {
  source: string;
  text: string;
}

type Jsx = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
const jsx = (node: Nodes, name: string): node is Jsx => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

/** Every citation in the file's Since-then notes, with the words it supports. */
export function sinceThenStatements(mdx: string): Statement[] {
  const out: Statement[] = [];
  let text = '';
  const walk = (node: Nodes, inNote: boolean): void => {
    if (jsx(node, 'SinceThen')) {
      text = '';
      inNote = true;
    }
    if (inNote && (node.type === 'text' || node.type === 'inlineCode')) text += node.value;
    if (inNote && jsx(node, 'Cite')) {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      out.push({ source: String(id), text });
      text = '';
    }
    // A paragraph or list item ends with a space, so words across blocks stay apart.
    if ('children' in node) {
      for (const child of node.children) walk(child as Nodes, inNote);
      if (inNote) text += ' ';
    }
  };
  walk(mdxTree(mdx), false);
  return out;
}

/** A date as written: day (or first and last day) when given, else the month alone. */
export interface WrittenDate {
  year: number;
  month: number;
  day?: number;
  lastDay?: number;
}

export function writtenDates(text: string): WrittenDate[] {
  const re = new RegExp(`(?:\\b(\\d{1,2})(?:\\s*[–-]\\s*(\\d{1,2}))?\\s+)?\\b(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'g');
  return [...text.matchAll(re)].map((m) => ({
    year: Number(m[4]),
    month: MONTHS.indexOf(m[3]!) + 1,
    ...(m[1] ? { day: Number(m[1]) } : {}),
    ...(m[2] ? { lastDay: Number(m[2]) } : {}),
  }));
}

/** Whether a written date says the same as an ISO day (and last day), to the precision it is written. */
export function agrees(written: WrittenDate, date: string, until?: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (written.year !== y || written.month !== m) return false;
  if (written.day === undefined) return true;
  if (written.day !== d) return false;
  const last = until ? Number(until.split('-')[2]) : undefined;
  return (written.lastDay ?? d) === (last ?? d);
}
