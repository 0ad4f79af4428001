import type { Source } from '../data/sources';
import type { CiteMark } from './content-facts';

/**
 * The anchor id of a source's entry in a sources list, by its citation number: `#source-7` for
 * the source a reader sees as 7. Numbers are global, so the anchor is the same on every page.
 */
export function sourceAnchor(n: number): string {
  return `source-${n}`;
}

/** Source ids cited by figures, keyed by the figure's `view` (or, without one, its element name). */
export type FigureSources = Readonly<Record<string, readonly string[]>>;

/**
 * A section of a page drawn from data rather than MDX that cites sources (the Glossary of `/`):
 * its sources, and the anchor the sources list links back to.
 */
export interface SectionCites {
  anchor: string;
  sources: readonly string[];
}

/** Whatever cites on a page, in reading order: what its MDX cites, and any section drawn from data. */
export type Citing = CiteMark | SectionCites;

/** The source ids one mark cites: its `<Cite id>`, or every source of the figure or section. */
export function idsOf(mark: Citing, figures: FigureSources = {}): readonly string[] {
  if ('source' in mark) return [mark.source];
  if ('sources' in mark) return mark.sources;
  return figures[mark.view ?? mark.element] ?? [];
}

/**
 * The source ids some content cites, in first-citation order, each once: its `<Cite id>`s and
 * the sources of any figure it embeds, at the figure's place in the text.
 */
export function citedIds(marks: readonly Citing[], figures: FigureSources = {}): string[] {
  return [...new Set(marks.flatMap((mark) => idsOf(mark, figures)))];
}

/** The site's citation numbers, derived from what its content cites. */
export interface SourceNumbers {
  /** Every cited source, in number order: what the full sources list shows. */
  readonly list: readonly Source[];
  /** A source's number; throws on an id that is unknown or cited nowhere, so a typo fails the build. */
  numberOf(id: string): number;
  /** The sources some content cites, in number order: what a page's own sources list shows. */
  citedBy(marks: readonly Citing[]): Source[];
}

/**
 * Number the sources by first citation, reading the content in the order a reader meets it:
 * the first source cited is 1. `marks` is all of the content's citation marks in that order.
 */
export function numberSources(all: readonly Source[], marks: readonly Citing[], figures: FigureSources = {}): SourceNumbers {
  const byId = new Map(all.map((source) => [source.id, source]));
  const order = citedIds(marks, figures);
  const unknown = order.filter((id) => !byId.has(id));
  if (unknown.length > 0) throw new Error(`Unknown source id(s) cited: ${unknown.join(', ')} (add them to src/data/sources.ts)`);
  const list = order.map((id) => byId.get(id)!);
  const numbers = new Map(order.map((id, index) => [id, index + 1]));
  const numberOf = (id: string): number => {
    const n = numbers.get(id);
    if (n === undefined) {
      throw new Error(byId.has(id) ? `Source "${id}" is cited nowhere in the content, so it has no number` : `Unknown source id "${id}" in <Cite>`);
    }
    return n;
  };
  const citedBy = (some: readonly Citing[]): Source[] => {
    const cited = new Set(citedIds(some, figures));
    return list.filter((source) => cited.has(source.id));
  };
  return { list, numberOf, citedBy };
}
