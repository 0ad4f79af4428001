import type { Source } from '../data/sources';

/** The anchor id of a source in a sources list. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** A source's citation number: its 1-based position in the list. Throws on an unknown id so a typo fails the build. */
export function sourceNumber(list: readonly Source[], id: string): number {
  const index = list.findIndex((s) => s.id === id);
  if (index < 0) throw new Error(`Unknown source id "${id}" in <Cite>`);
  return index + 1;
}

/** Source ids cited by figures, by the `view` an MDX body gives its `<BlocMap>` or the `name` of its `<Figure>`. */
export type FigureSources = Readonly<Record<string, readonly string[]>>;

/**
 * The source ids an MDX body cites, in first-citation order, each once: its `<Cite id>`s and
 * the sources of any figure it embeds, at the figure's place in the text.
 */
export function citedIds(mdxBody: string, figures: FigureSources = {}): string[] {
  const tags = [...mdxBody.matchAll(/<Cite\b[^>]*?\bid=["']([^"']+)["']|<(?:BlocMap\b[^>]*?\bview|Figure\b[^>]*?\bname)=["']([^"']+)["']/g)];
  const opened = mdxBody.match(/<(?:Cite|BlocMap|Figure)\b/g)?.length ?? 0;
  if (opened !== tags.length) throw new Error(`Found ${opened} <Cite>/<BlocMap>/<Figure> tags but could read ${tags.length}: use a literal id="...", view="..." or name="..."`);
  const ids = tags.flatMap(([, cite, view]) => (cite ? [cite] : [...(figures[view!] ?? [])]));
  return [...new Set(ids)];
}

/** The sources a set of bodies cites, in list (number) order: what a page's sources list shows. */
export function sourcesCitedBy(
  list: readonly Source[],
  bodies: readonly string[],
  figures: FigureSources = {},
): Source[] {
  const cited = new Set(bodies.flatMap((body) => citedIds(body, figures)));
  return list.filter((s) => cited.has(s.id));
}
