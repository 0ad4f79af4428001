/**
 * What happened after Camp David, as dated facts: who held office in each country from the
 * summit on, and the trilateral record. Every date and source is a line of
 * ../shared/context/facts.md (sections A, C and D); the timeline figure, its list and the
 * sources it cites are all generated from this module. Facts the sheet marks UNCONFIRMED or
 * gives only from sources it says not to cite are left out.
 */

import type { SourceId } from './sources';

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDay = `${number}-${number}-${number}`;

/** One dated fact and the source that states it. */
export interface Dated {
  date: IsoDay;
  source: SourceId;
}

/** The countries whose leaders the figure follows, in the order of their lanes. */
export const COUNTRY_LANES = [
  { id: 'us', name: 'United States' },
  { id: 'japan', name: 'Japan' },
  { id: 'rok', name: 'South Korea' },
] as const;
export type CountryLane = (typeof COUNTRY_LANES)[number]['id'];

/** The heading of the timeline's section on `/`, which the contents and argument 2 point to. */
export const TIMELINE_SECTION_TITLE = 'What happened next';

/** The summit itself: where every bar of the leaders who met there starts. */
export const SUMMIT = { date: '2023-08-18', source: 'mcst-camp-david-summit' } as const satisfies Dated;

/** The day the fact sheet runs to ("as of November 2025"): where bars still open stop. */
export const AS_OF: IsoDay = '2025-11-30';

/** One leader's time in office inside the figure's window. */
export interface Term {
  lane: CountryLane;
  /** Full name, for the list and the description. */
  leader: string;
  /** Family name, for the label on the bar. */
  short: string;
  /** Took office (the summit for the three who met there). */
  from: Dated & { what?: string };
  /** Left office; absent while still in office as of the fact sheet. */
  to?: Dated & { what: string };
}

export const terms: readonly Term[] = [
  {
    lane: 'us',
    leader: 'Joe Biden',
    short: 'Biden',
    from: SUMMIT,
    to: { date: '2025-01-20', source: 'livemint-trump-sworn-in', what: 'Donald Trump sworn in as the 47th president' },
  },
  {
    lane: 'us',
    leader: 'Donald Trump',
    short: 'Trump',
    from: { date: '2025-01-20', source: 'livemint-trump-sworn-in' },
  },
  {
    lane: 'japan',
    leader: 'Kishida Fumio',
    short: 'Kishida',
    from: SUMMIT,
    to: { date: '2024-10-01', source: 'yomiuri-ishiba-named-pm', what: 'Kishida’s cabinet resigns; the Diet elects Ishiba Shigeru prime minister' },
  },
  {
    lane: 'japan',
    leader: 'Ishiba Shigeru',
    short: 'Ishiba',
    from: { date: '2024-10-01', source: 'yomiuri-ishiba-named-pm' },
    to: { date: '2025-10-21', source: 'yomiuri-takaichi-elected-pm', what: 'The Diet elects Takaichi Sanae, Japan’s first woman prime minister' },
  },
  {
    lane: 'japan',
    leader: 'Takaichi Sanae',
    short: 'Takaichi',
    from: { date: '2025-10-21', source: 'yomiuri-takaichi-elected-pm' },
  },
  {
    lane: 'rok',
    leader: 'Yoon Suk Yeol',
    short: 'Yoon',
    from: SUMMIT,
    to: {
      date: '2025-04-04',
      source: 'kbs-court-upholds-impeachment',
      what: 'The Constitutional Court upholds Yoon’s impeachment and removes him from office',
    },
  },
  {
    lane: 'rok',
    leader: 'Lee Jae-myung',
    short: 'Lee',
    from: { date: '2025-06-04', source: 'koreanet-lee-term-begins', what: 'Lee Jae-myung’s term begins, the day after his election' },
  },
];

/** What kind of trilateral step an event is; the figure gives each kind its own mark. */
export type EventKind = 'leaders' | 'ministers' | 'exercise' | 'institution';

export const EVENT_KINDS: Readonly<Record<EventKind, string>> = {
  leaders: 'Leaders’ meeting',
  ministers: 'Ministers’ meeting',
  exercise: 'Freedom Edge exercise',
  institution: 'Agreement or body',
};

/** One step of the trilateral record after the summit. */
export interface TrilateralEvent extends Dated {
  kind: EventKind;
  /** Last day, for events that ran over several days. */
  until?: IsoDay;
  /** What happened, in one short clause. */
  what: string;
}

/**
 * The record starts with the first step the fact sheet dates after the summit that put something
 * agreed there into effect: the missile-warning data mechanism, December 2023. (The defence
 * chiefs' meeting of November 2023 that scheduled it is left out: the record is of steps taken.)
 */
export const trilateralEvents: readonly TrilateralEvent[] = [
  {
    kind: 'institution',
    date: '2023-12-19',
    source: 'trilateral-ministers-dec-2023',
    what: 'Defence ministers announce that the mechanism for sharing real-time warning data on North Korean missiles is fully activated',
  },
  {
    kind: 'ministers',
    date: '2024-06-02',
    source: 'kbs-freedom-edge-agreed',
    what: 'Meeting in Singapore, defence ministers agree to hold a new joint exercise, Freedom Edge',
  },
  {
    kind: 'exercise',
    date: '2024-06-27',
    until: '2024-06-29',
    source: 'koreaherald-freedom-edge-2024',
    what: 'First Freedom Edge, described as their first exercise across air, sea, underwater and cyber domains at once, south of the South Korean island of Jeju',
  },
  {
    kind: 'institution',
    date: '2024-07-28',
    source: 'nippon-tscf-memorandum',
    what: 'Defence ministers sign a memorandum of cooperation setting up the Trilateral Security Cooperation Framework, in Tokyo',
  },
  {
    kind: 'exercise',
    date: '2024-11-13',
    until: '2024-11-15',
    source: 'stripes-freedom-edge-nov-2024',
    what: 'Second Freedom Edge, south of Jeju and in the East China Sea',
  },
  {
    kind: 'leaders',
    date: '2024-11-15',
    source: 'japantimes-lima-meeting',
    what: 'Biden, Ishiba and Yoon meet in Lima at the Asia-Pacific Economic Cooperation (APEC) meetings and announce a Trilateral Secretariat',
  },
  {
    kind: 'institution',
    date: '2024-11-20',
    source: 'koreatimes-trilateral-secretariat',
    what: 'The Trilateral Secretariat holds its first meeting in Seoul, of foreign-ministry officials; its secretary-general post rotates every two years',
  },
  {
    kind: 'ministers',
    date: '2025-02-15',
    source: 'yomiuri-munich-foreign-ministers',
    what: 'Foreign ministers meet in Munich, their first meeting under the second Trump administration',
  },
  {
    kind: 'ministers',
    date: '2025-04-03',
    source: 'mofa-brussels-foreign-ministers',
    what: 'Foreign ministers meet in Brussels, at a meeting of North Atlantic Treaty Organization foreign ministers',
  },
  {
    kind: 'exercise',
    date: '2025-09-15',
    until: '2025-09-19',
    source: 'joongang-freedom-edge-2025',
    what: 'Third Freedom Edge, off Jeju, the first since Lee and Trump took office',
  },
  {
    kind: 'ministers',
    date: '2025-09-22',
    source: 'unjournal-new-york-foreign-ministers',
    what: 'Foreign ministers meet in New York, at the UN General Assembly',
  },
  {
    kind: 'ministers',
    date: '2025-10-29',
    source: 'nippon-gyeongju-foreign-ministers',
    what: 'Foreign ministers meet briefly at Gyeongju, South Korea, at APEC, their first meeting since Takaichi took office',
  },
];

/** Turns in a country's politics that did not themselves change who held office. */
export interface CountryEvent extends Dated {
  lane: CountryLane;
  what: string;
}

export const countryEvents: readonly CountryEvent[] = [
  { lane: 'us', date: '2024-07-21', source: 'aljazeera-biden-withdraws', what: 'Biden withdraws from the presidential race and endorses Kamala Harris' },
  { lane: 'us', date: '2024-11-05', source: 'nextshark-trump-wins', what: 'Donald Trump wins the presidential election' },
  {
    lane: 'japan',
    date: '2024-08-14',
    source: 'japantimes-kishida-not-running',
    what: 'Kishida says he will not run for his party’s leadership in September, and so will step down as prime minister',
  },
  {
    lane: 'japan',
    date: '2025-09-07',
    source: 'nippon-ishiba-to-resign',
    what: 'Ishiba announces his resignation after the ruling coalition’s defeat in July’s upper-house election',
  },
  { lane: 'rok', date: '2024-12-03', source: 'npr-martial-law-lifted', what: 'Yoon declares emergency martial law' },
  {
    lane: 'rok',
    date: '2024-12-04',
    source: 'hindustantimes-martial-law-vote',
    what: 'The National Assembly votes 190–0 to demand that martial law be lifted',
  },
  {
    lane: 'rok',
    date: '2024-12-14',
    source: 'spotlightnepal-yoon-impeached',
    what: 'The National Assembly impeaches Yoon, 204–85, and his powers are suspended',
  },
  { lane: 'rok', date: '2025-06-03', source: 'joongang-lee-elected', what: 'Lee Jae-myung wins the early presidential election' },
];

/** The figure's caption closes on this: the leaders' pledge to meet yearly, as the sheet last saw it. */
export const NO_SUMMIT_SINCE = {
  date: '2025-10-28',
  source: 'kbs-no-trilateral-summit-2025',
  what: 'As of late October 2025, no three-way leaders’ summit had been held since Trump’s second term began',
} as const satisfies Dated & { what: string };
