/**
 * Terms a general reader may not know, defined in our own words from
 * ../shared/context/facts.md section G. A page marks a term's first use with `<Term id>`, which
 * opens the definition in place; `/` lists every entry in its Glossary section at `#term-<id>`.
 * Listed in the glossary's (alphabetical) order.
 */
import type { SourceId } from './sources';

export interface GlossaryEntry {
  /** Stable kebab-case key: `<Term id>`, the `#term-<id>` anchor and the popover's id. */
  id: string;
  /** The term as the text uses it. */
  term: string;
  /** What the term stands for, shown before the definition; running text gives it at first use ("the Republic of Korea (ROK)"). */
  expansion?: string;
  /** True for abbreviations and acronyms, whose first use on each page must be marked or expanded. */
  abbreviation: boolean;
  /** One or two plain sentences, no Markdown, that do not repeat the expansion. */
  definition: string;
  /**
   * Where the definition was checked: ids in src/data/sources.ts, or `essay` for the essay's own
   * terms, which the definition explains as Huang uses them.
   */
  cites: readonly SourceId[] | 'essay';
}

export const glossary: readonly GlossaryEntry[] = [
  {
    id: 'asean',
    term: 'ASEAN',
    expansion: 'Association of Southeast Asian Nations',
    abbreviation: true,
    definition:
      'A regional organisation founded in Bangkok on 8 August 1967 by Indonesia, Malaysia, the Philippines, Singapore and Thailand. It had ten members at the time of the Camp David summit (August 2023); argument 5 notes its eleventh.',
    cites: ['asean-chairman-statement'],
  },
  {
    id: 'brics',
    term: 'BRICS',
    abbreviation: true,
    definition:
      'A grouping named after the initials of its first five members: Brazil, Russia, India and China, which first met as BRIC at a summit in 2009, and South Africa, which joined in 2010. It is not a treaty organisation, and it works by consensus. Argument 5 lists its later members.',
    cites: ['trtafrika-brics-founders'],
  },
  {
    id: 'comfort-women',
    term: 'comfort women',
    abbreviation: false,
    definition:
      'The women and girls forced into sexual slavery for the Japanese military before and during the Second World War. Court verdicts on their claims are among the issues on which, Huang says, the Yoon government compromised.',
    cites: 'essay',
  },
  {
    id: 'diet',
    term: 'Diet',
    expansion: 'National Diet',
    abbreviation: false,
    definition:
      'Japan’s national parliament. It has two chambers, a lower House of Representatives and an upper House of Councillors, and it elects the prime minister.',
    cites: ['wikipedia-national-diet'],
  },
  {
    id: 'dprk',
    term: 'DPRK',
    expansion: 'Democratic People’s Republic of Korea',
    abbreviation: true,
    definition: 'North Korea’s official name.',
    cites: ['roughguides-country-titles'],
  },
  {
    id: 'global-south',
    term: 'Global South',
    abbreviation: false,
    definition:
      'As Huang uses it, the developing and emerging countries, mostly in Africa, Asia and Latin America; he says India aligns itself with them on major international issues.',
    cites: 'essay',
  },
  {
    id: 'gsomia',
    term: 'GSOMIA',
    expansion: 'General Security of Military Information Agreement',
    abbreviation: true,
    definition:
      'The agreement Japan and South Korea signed in 2016 to protect the classified military information they share with each other. Argument 3 notes what became of it in 2019 and 2023.',
    cites: ['kyodo-gsomia-signed'],
  },
  {
    id: 'guam',
    term: 'Guam',
    abbreviation: false,
    definition:
      'An island in the western Pacific, the largest in Micronesia, that belongs to the United States as a territory (in US law, organised but unincorporated) rather than as a state.',
    cites: ['wikipedia-guam'],
  },
  {
    id: 'multipolarity',
    term: 'multipolarity',
    abbreviation: false,
    definition: 'As Huang uses it, a world with several centres of power. He argues that the world is moving irreversibly towards it.',
    cites: 'essay',
  },
  {
    id: 'national-assembly',
    term: 'National Assembly',
    abbreviation: false,
    definition: 'South Korea’s national legislature: its parliament.',
    cites: ['npr-martial-law-lifted'],
  },
  {
    id: 'normalisation',
    term: 'normalisation',
    abbreviation: false,
    definition:
      'Huang’s term for the aim of Japanese conservatives that Japan become a more autonomous state, with fewer of its post-war limits on its armed forces and foreign policy, while staying inside its alliance with the United States.',
    cites: 'essay',
  },
  {
    id: 'quad',
    term: 'Quad',
    expansion: 'Quadrilateral Security Dialogue',
    abbreviation: true,
    definition: 'A diplomatic partnership of Australia, India, Japan and the United States, first proposed by Abe Shinzo in 2007.',
    cites: ['dnaindia-quad-members', 'iashub-sco-quad'],
  },
  {
    id: 'rok',
    term: 'ROK',
    expansion: 'Republic of Korea',
    abbreviation: true,
    definition: 'South Korea’s official name.',
    cites: ['roughguides-country-titles'],
  },
  {
    id: 'sco',
    term: 'SCO',
    expansion: 'Shanghai Cooperation Organisation',
    abbreviation: true,
    definition:
      'A Eurasian organisation for political, economic and security cooperation, announced in Shanghai on 15 June 2001 by China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan. India and Pakistan joined in 2017; argument 5 notes the later members.',
    cites: ['iashub-sco-quad'],
  },
];

const byId = new Map(glossary.map((entry) => [entry.id, entry]));

/** Every source the Glossary section cites, in its order, each once. */
export const glossarySourceIds: readonly SourceId[] = [...new Set(glossary.flatMap((entry) => (entry.cites === 'essay' ? [] : entry.cites)))];

/** The entry for `<Term id>`; throws on an unknown id so a typo fails the build. */
export function glossaryEntry(id: string): GlossaryEntry {
  const entry = byId.get(id);
  if (!entry) throw new Error(`Unknown glossary id "${id}" in <Term>: add it to src/data/glossary.ts`);
  return entry;
}

/** The anchor of an entry in the Glossary section of `/`. */
export function termAnchor(id: string): string {
  return `term-${id}`;
}

/** The id of the popover that shows an entry's definition in place. */
export function termPopoverId(id: string): string {
  return `term-def-${id}`;
}
