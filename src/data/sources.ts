/**
 * Every source the site cites, in the order of their numbers. A note cites one with
 * `<Cite id="..." />`; its number is its position here, so keep first citations in reading order.
 * Each entry comes from ../shared/context/facts.md, which names the most authoritative source per fact.
 */
export interface Source {
  /** Stable kebab-case key used by `<Cite id>` and the `#source-<id>` anchor. */
  id: string;
  /** Headline or document title, as the publisher gives it. */
  title: string;
  /** Who published it. */
  publisher: string;
  /** Publication date, ISO `YYYY-MM-DD` (or `YYYY-MM` when only the month is known). */
  date: string;
  url: string;
}

export const sources: readonly Source[] = [
  {
    id: 'usembassy-summit-page',
    title: 'Trilateral Leaders Summit',
    publisher: 'U.S. Embassy & Consulate in the Republic of Korea',
    date: '2023-08-18',
    url: 'https://kr.usembassy.gov/2023-trilateral-leaders-summit/',
  },
  {
    id: 'commitment-to-consult',
    title: 'Commitment to Consult',
    publisher: 'U.S. Embassy & Consulate in the Republic of Korea',
    date: '2023-08-19',
    url: 'https://kr.usembassy.gov/081923-commitment-to-consult/',
  },
];
