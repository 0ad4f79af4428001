/**
 * Ready-made citations of the explainer, of one argument page and of the essay itself, in APA
 * (7th), Chicago (17th, bibliography), MLA (9th), BibTeX and RIS. Pure: the date is the one the
 * editors set in content, never the build clock, so two builds of one commit cite identically.
 */
import { isIsoDay, isoDateParts, MONTHS } from './dates';

/** A run of citation text; `{ i }` is set in italics where the style asks for it. */
export type Part = string | { readonly i: string };
export type Styled = readonly Part[];

/** A page of this site as a citable work. The site is its own (corporate) author. */
export interface WebWork {
  /** BibTeX key and file name: `explainer` or an argument's slug. */
  key: string;
  title: string;
  /** The site's name, which is also its corporate author. */
  site: string;
  url: string;
  /** When the text last changed, ISO `YYYY-MM-DD`, from content. */
  modified: string;
  /** For an argument page: the explainer it belongs to. */
  partOf?: string;
}

/** The essay, which has no URL and no known date. */
export interface EssayWork {
  title: string;
  /** The name as the author writes it (family name first). */
  author: string;
  family: string;
  given: string;
  affiliation: string;
  publication: string;
}

export interface WorkCitations {
  apa: Styled;
  chicago: Styled;
  mla: Styled;
  bibtex: string;
  ris: string;
}

/** The citation styles, in the order they are shown. */
export const TEXT_STYLES = [
  { key: 'apa', label: 'APA' },
  { key: 'chicago', label: 'Chicago' },
  { key: 'mla', label: 'MLA' },
] as const satisfies readonly { key: keyof WorkCitations; label: string }[];

/** The formats reference managers import. */
export const FILE_FORMATS = [
  { key: 'bibtex', label: 'BibTeX' },
  { key: 'ris', label: 'RIS' },
] as const satisfies readonly { key: keyof WorkCitations; label: string }[];

/** The text of a styled citation without its italics, as it goes to the clipboard. */
export function plain(styled: Styled): string {
  return styled.map((part) => (typeof part === 'string' ? part : part.i)).join('');
}

// Chicago and MLA lower-case articles, coordinating conjunctions and prepositions inside a title.
const MINOR = new Set('a an the and but or nor for so yet as at by from in into of off on onto out over per to up via with'.split(' '));

/** Headline-style capitals (Chicago, MLA): capitalise every major word and every hyphenated part. */
export function headlineCase(title: string): string {
  const words = title.split(' ');
  return words
    .map((word, index) => {
      const edge = index === 0 || index === words.length - 1 || /[:.?!]$/.test(words[index - 1] ?? '');
      return word
        .split('-')
        .map((part, p) => {
          const bare = part.replace(/[^\p{L}]/gu, '');
          if (MINOR.has(bare) && !(edge && p === 0)) return part;
          return part.replace(/^(\P{L}*)(\p{Ll})/u, (_, lead: string, c: string) => lead + c.toUpperCase());
        })
        .join('-');
    })
    .join(' ');
}

function isoParts(iso: string): { year: string; month: number; day: number } {
  if (!isIsoDay(iso)) throw new Error(`A citation date must be a real day written YYYY-MM-DD, not "${iso}"`);
  const { year, month, day } = isoDateParts(iso);
  return { year, month, day: day! };
}

// MLA abbreviates months longer than four letters, September to "Sept.".
const MLA_MONTH = MONTHS.map((m) => (m.length <= 4 ? m : m === 'September' ? 'Sept.' : `${m.slice(0, 3)}.`));
// BibTeX's month macros.
const BIB_MONTH = MONTHS.map((m) => m.slice(0, 3).toLowerCase());

/** A title inside quotation marks, with the closing punctuation inside them (Chicago, MLA). */
const quoted = (title: string) => `“${headlineCase(title)}.”`;

/** BibTeX-safe text: escape its special characters and brace words whose capitals must survive. */
function bibText(text: string, { protect = false } = {}): string {
  const escaped = text.replace(/([&%#_$])/g, '\\$1').replace(/[{}]/g, '');
  if (!protect) return escaped;
  return escaped
    .split(' ')
    .map((word, i) => (i > 0 && /\p{Lu}/u.test(word) ? `{${word}}` : word))
    .join(' ');
}

function bibEntry(type: string, key: string, fields: readonly (readonly [string, string | undefined])[]): string {
  const lines = fields.filter(([, v]) => v !== undefined).map(([k, v]) => `  ${k} = ${v}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}\n`;
}

function risRecord(fields: readonly (readonly [string, string | undefined])[]): string {
  return [...fields.filter(([, v]) => v !== undefined), ['ER', '']].map(([k, v]) => `${k}  - ${v}`).join('\n') + '\n';
}

/** Citations of a page of this site. */
export function citeWebWork(work: WebWork): WorkCitations {
  const { year, month, day } = isoParts(work.modified);
  const url = work.url;
  const bare = url.replace(/^https?:\/\//, '');
  return {
    // APA: a group author who is also the site, so the site name is not repeated.
    apa: [`${work.site}. (${year}, ${MONTHS[month - 1]} ${day}). `, { i: work.title }, `. ${url}`],
    chicago: [`${work.site}. ${quoted(work.title)} Last modified ${MONTHS[month - 1]} ${day}, ${year}. ${url}.`],
    // MLA: an author that is also the site is left out, so the title leads.
    mla: [`${quoted(work.title)} `, { i: work.site }, `, ${day} ${MLA_MONTH[month - 1]} ${year}, ${bare}.`],
    bibtex: bibEntry('misc', `alliance-explained-${work.key}`, [
      ['author', `{{${bibText(work.site)}}}`],
      ['title', `{${bibText(work.title, { protect: true })}}`],
      ['howpublished', `{${bibText(work.partOf ?? work.site)}}`],
      ['year', `{${year}}`],
      ['month', BIB_MONTH[month - 1]],
      ['date', `{${work.modified}}`],
      ['url', `{${url}}`],
    ]),
    ris: risRecord([
      ['TY', 'ELEC'],
      ['TI', work.title],
      ['T2', work.partOf ?? work.site],
      ['PB', work.site],
      ['PY', year],
      ['DA', `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`],
      ['UR', url],
    ]),
  };
}

/** Citations of the essay: author, affiliation, title and publication; it has no URL or date. */
export function citeEssay(essay: EssayWork): WorkCitations {
  const author = `${essay.family}, ${essay.given}`;
  return {
    apa: [`${essay.family}, ${essay.given[0]}. (n.d.). ${essay.title}. `, { i: essay.publication }, '.'],
    chicago: [`${author}. ${quoted(essay.title)} `, { i: essay.publication }, ', n.d.'],
    mla: [`${author}. ${quoted(essay.title)} `, { i: essay.publication }, '.'],
    bibtex: bibEntry('misc', `${essay.family}-${essay.title.split(' ')[1]}`.toLowerCase(), [
      ['author', `{${bibText(author)}}`],
      ['title', `{${bibText(essay.title, { protect: true })}}`],
      ['howpublished', `{${bibText(essay.publication)}}`],
      ['note', `{${bibText(`${essay.author}: ${essay.affiliation}. Undated`)}}`],
    ]),
    ris: risRecord([
      ['TY', 'GEN'],
      ['AU', author],
      ['AD', essay.affiliation],
      ['TI', essay.title],
      ['T2', essay.publication],
      ['N1', 'Undated.'],
    ]),
  };
}
