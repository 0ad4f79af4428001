/**
 * `/`, declared once: its sections in the order a reader meets them. src/pages/index.astro
 * renders by walking this list, and the contents list, the citation numbers, the reading time
 * and the glossary's open entries are all derived from it, so moving a section is one edit here.
 */
import { AstroError } from 'astro/errors';
import { glossarySourceIds } from '../data/glossary';
import { figureSources } from './figure-sources';
import { sources } from '../data/sources';
import { TIMELINE_SECTION_TITLE } from '../data/timeline';
import { CORRECTIONS_TITLE } from '../data/corrections';
import { sourceListSchema } from './source-schema';
import { numberSources, type Citing, type SourceNumbers } from './citations';
import { argumentFiles, frontFile, frontNames, type ContentFile, type FrontId } from './content-index';
import { contentsOf, type ContentsItem } from './contents';
import { FRONT_ANCHOR } from './slug';

/**
 * A section of `/` below the masthead: a block of front prose (content/front/<name>.mdx), the
 * five arguments, or a section drawn from data. The masthead, which holds the page's `h1`, is
 * always first.
 */
export type Section = Exclude<FrontId, 'masthead'> | 'arguments' | 'next' | 'glossary' | 'cite' | 'sources';

/** The sections of `/` after the masthead, top to bottom. */
export const OUTLINE = ['brief', 'background', 'arguments', 'next', 'glossary', 'about', 'cite', 'sources'] as const satisfies readonly Section[];

export type Outline = readonly Section[];

/**
 * Figures that a section of `/` draws in full: What happened next is the timeline. Inside `/`
 * an argument's `<Timeline />` only points to that section (mdx/Timeline.astro), so there it
 * cites nothing; on the argument's own page it draws the figure.
 */
const DRAWN_BY_SECTION: Partial<Record<Section, string>> = { next: 'Timeline' };
const drawnBySection = new Set(Object.values(DRAWN_BY_SECTION));

/** The section titles of the parts of `/` drawn from data. */
const PART_TITLE = { next: TIMELINE_SECTION_TITLE, glossary: 'Glossary', cite: 'Cite this explainer', sources: 'Sources' } as const;
type Part = keyof typeof PART_TITLE;
const isPart = (section: Section): section is Part => section in PART_TITLE;

/** The blocks of front prose the outline places below the masthead. */
export function frontSections(outline: Outline = OUTLINE): Exclude<FrontId, 'masthead'>[] {
  return outline.filter((section): section is Exclude<FrontId, 'masthead'> => section !== 'arguments' && !isPart(section));
}

/** The MDX files a section shows, in order. */
function filesOf(section: Section): readonly ContentFile<unknown>[] {
  if (section === 'arguments') return argumentFiles;
  return isPart(section) ? [] : [frontFile(section)];
}

/** Every MDX file of `/` in reading order, the masthead first; a front file the outline leaves out stops the build. */
export function filesInReadingOrder(outline: Outline = OUTLINE): readonly ContentFile<unknown>[] {
  const placed = new Set<string>(['masthead', ...outline]);
  const unplaced = frontNames.filter((name) => !placed.has(name));
  if (unplaced.length > 0) {
    throw new AstroError(
      `${unplaced.map((name) => `content/front/${name}.mdx`).join(', ')} is not on the page`,
      'Place it in the outline of `/` (src/lib/outline.ts).',
    );
  }
  return [frontFile('masthead'), ...outline.flatMap(filesOf)];
}

/** What one section cites, in reading order. */
function citesOf(section: Section): Citing[] {
  const figure = DRAWN_BY_SECTION[section];
  if (figure) return [{ element: figure }];
  if (section === 'glossary') return [{ anchor: FRONT_ANCHOR.glossary, sources: glossarySourceIds }];
  return filesOf(section).flatMap((file) => file.facts.cites.filter((mark) => !('element' in mark && drawnBySection.has(mark.element))));
}

/** Everything `/` cites, in reading order: the masthead's marks, then each section's. */
export function citesInReadingOrder(outline: Outline = OUTLINE): Citing[] {
  return [...frontFile('masthead').facts.cites, ...outline.flatMap(citesOf)];
}

/**
 * The site's citation numbers: the first source cited on `/`, read in the order of the outline,
 * is 1. Every page (the full explainer and each argument alone) uses these numbers.
 */
export function numberedSources(outline: Outline = OUTLINE): SourceNumbers {
  if (outline === OUTLINE) return (siteNumbers ??= numberSources(sourceListSchema.parse(sources), citesInReadingOrder(), figureSources));
  return numberSources(sourceListSchema.parse(sources), citesInReadingOrder(outline), figureSources);
}
let siteNumbers: SourceNumbers | undefined;

/** The words of `/`'s MDX, for its reading time. */
export function wordsOnHome(outline: Outline = OUTLINE): number {
  return filesInReadingOrder(outline).reduce((sum, file) => sum + file.facts.words, 0);
}

/** The glossary ids that `/`'s `<Term>`s use, in reading order: the entries its Glossary opens as cards. */
export function termsOnHome(outline: Outline = OUTLINE): string[] {
  return [...new Set(filesInReadingOrder(outline).flatMap((file) => file.facts.terms))];
}

/** Lists inside a section that the contents list names too: About holds the updates and corrections. */
const WITHIN: Partial<Record<Section, ContentsItem[]>> = { about: [{ id: FRONT_ANCHOR.corrections, label: CORRECTIONS_TITLE }] };

/** The contents list of `/`: every section below the masthead, each argument on a line of its own. */
export function homeContents(outline: Outline = OUTLINE): ContentsItem[] {
  return contentsOf(
    outline.flatMap((section): ContentsItem[] => {
      if (section === 'arguments') return argumentFiles.map(({ data }) => ({ id: data.slug, label: data.short, number: data.number }));
      return [{ id: FRONT_ANCHOR[section], label: isPart(section) ? PART_TITLE[section] : frontFile(section).data.title }, ...(WITHIN[section] ?? [])];
    }),
  );
}
