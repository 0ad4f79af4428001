/**
 * The documents that tie the three countries together, and what each says about itself: the
 * two bilateral defence treaties, the Japan–ROK agreements, and the three Camp David documents.
 * From ../shared/context/facts.md sections A and B. The "what binds" and triangle figures are
 * drawn from here, so a date is written once.
 *
 * The US–Japan treaty's signing (19 Jan 1960) and Diet approval (19 June 1960) the sheet gives
 * only from a mirror it says not to cite, so the figure states them without a citation, as About
 * says such facts are.
 */
import type { SourceId } from './sources';
import type { IsoDay } from './timeline';

/** A month, `1954-11`, where the sources agree on no single day. */
type IsoMonth = `${number}-${number}`;

/** One step in a document's life, with the source that dates it. */
export interface Step {
  label: string;
  date?: IsoDay | IsoMonth;
  /** Who took the step, where the sheet says (a legislature, the leaders). */
  by?: string;
  source: SourceId;
}

export interface Instrument {
  id: string;
  name: string;
  /** Steps the figure states without a citation: the sheet gives them only from `sheetUrl`, a copy it says not to cite. */
  uncited?: { text: string; sheetUrl: string };
  /** Treaty between states, or a document issued by the leaders at Camp David. */
  kind: 'treaty' | 'leaders';
  steps: readonly Step[];
  /** What the document says of its own legal force, quoted from it. */
  ownWords?: { text: string; source: SourceId };
}

export const usRokTreaty: Instrument = {
  id: 'us-rok-treaty',
  name: 'US–South Korea Mutual Defense Treaty',
  kind: 'treaty',
  steps: [
    { label: 'Signed', date: '1953-10-01', source: 'app-us-rok-treaty-message' },
    { label: 'Approved by', by: 'the US Senate', date: '1954-01-26', source: 'app-us-rok-treaty-message' },
    // The treaty record gives 17 November, Wikipedia 18 November (facts.md lists it as
    // UNCONFIRMED), so the figure gives the month; argument 1's Context names both days.
    { label: 'In force', date: '1954-11', source: 'app-us-rok-treaty-message' },
  ],
};

export const usJapanTreaty: Instrument = {
  id: 'us-japan-treaty',
  name: 'US–Japan Treaty of Mutual Cooperation and Security',
  kind: 'treaty',
  steps: [{ label: 'In force', date: '1960-06-23', source: 'usembassy-japan-treaty' }],
  uncited: {
    text: 'Signed in Washington on 19 January 1960; approved by Japan’s Diet on 19 June 1960 (no citation: see About).',
    sheetUrl: 'http://studyres.com/doc/15805086/the-mutual-cooperation-treaty-of-1960',
  },
};

const issued: Step = { label: 'Issued by', by: 'the three leaders', date: '2023-08-18', source: 'usembassy-summit-page' };

export const campDavidDocuments: readonly Instrument[] = [
  { id: 'spirit', name: 'The Spirit of Camp David (joint statement)', kind: 'leaders', steps: [issued] },
  { id: 'principles', name: 'Camp David Principles', kind: 'leaders', steps: [issued] },
  {
    id: 'commitment',
    name: 'Commitment to Consult',
    kind: 'leaders',
    steps: [issued],
    ownWords: { text: 'is not intended to give rise to rights or obligations under international or domestic law', source: 'commitment-to-consult' },
  },
];

/** What binds: the treaties in the order they were made, then the summit's documents. */
export const whatBinds: readonly Instrument[] = [usRokTreaty, usJapanTreaty, ...campDavidDocuments];

/** One side of the triangle: the basis of a bilateral link, step by step. */
export interface Link {
  id: 'us-japan' | 'us-rok' | 'japan-rok';
  ends: readonly [string, string];
  /** A mutual-defence treaty binds this pair. */
  treaty: boolean;
  /** How Huang characterises the link, in our words: his reading, not a fact. */
  huang: string;
  /** `short` labels the edge in the figure, with the year. */
  facts: readonly { text: string; short: string; date: NonNullable<Step['date']>; source: SourceId }[];
  /** Stated absences, with their source. */
  without?: { text: string; short: string; source: SourceId };
}

export const links: readonly Link[] = [
  {
    id: 'us-japan',
    ends: ['United States', 'Japan'],
    treaty: true,
    huang: 'an alliance with global implications',
    facts: [{ text: 'Defence treaty in force', short: 'Treaty in force', date: usJapanTreaty.steps[0]!.date!, source: usJapanTreaty.steps[0]!.source }],
  },
  {
    id: 'us-rok',
    ends: ['United States', 'South Korea'],
    treaty: true,
    huang: 'an alliance with only a regional role',
    facts: [{ text: 'Defence treaty in force', short: 'Treaty in force', date: usRokTreaty.steps[2]!.date!, source: usRokTreaty.steps[2]!.source }],
  },
  {
    id: 'japan-rok',
    ends: ['Japan', 'South Korea'],
    treaty: false,
    huang: 'Japan holds the superior structural position',
    facts: [
      { text: 'Treaty establishing diplomatic relations signed', short: 'Diplomatic ties', date: '1965-06-22', source: 'japanpitt-korea-japan-treaty' },
      { text: 'GSOMIA, a military-intelligence pact, signed', short: 'GSOMIA', date: '2016-11-23', source: 'kyodo-gsomia-signed' },
    ],
    without: { text: 'No defence treaty between them (no later change found)', short: 'No defence treaty', source: 'undiplomatic-not-an-alliance' },
  },
];
