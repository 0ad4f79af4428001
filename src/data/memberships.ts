import type { IsoNumeric } from './countries';

/**
 * The four groupings the essay's fifth argument names, with their full members "as of" the
 * latest change or confirmation in ../shared/context/facts.md (section E). Partners, observers
 * and dialogue partners are not members. The fact sheet is current to about November 2025.
 */
export interface MembershipSource {
  /** Headline as the publisher gives it (taken from the page or its address). */
  title: string;
  publisher: string;
  url: string;
}

export interface GroupNote {
  /** The state the note is about. */
  iso: IsoNumeric;
  /** Short status shown beside the state's name, e.g. "invited; status unclear as of Jan 2025". */
  status: string;
  source: MembershipSource;
}

export interface Membership {
  /** Stable key, also used in ids. */
  id: 'sco' | 'brics' | 'asean' | 'quad';
  /** The name used in titles. */
  name: string;
  /** Full members only. */
  members: readonly IsoNumeric[];
  /** ISO date (`YYYY-MM-DD`, or `YYYY-MM` when the sheet gives only a month) the list is true of. */
  asOf: string;
  source: MembershipSource;
  /** States with an unclear status, drawn apart from members and never counted. */
  notes?: readonly GroupNote[];
}

export const sco: Membership = {
  id: 'sco',
  name: 'SCO',
  // Iran joined 2023-07-04 (ninth); Belarus 2024-07-04 (tenth).
  members: [643, 156, 356, 586, 398, 417, 762, 860, 364, 112],
  asOf: '2024-07-04',
  source: {
    title: 'SCO welcomes Belarus as its 10th member state',
    publisher: 'The Astana Times',
    url: 'https://astanatimes.com/2024/07/sco-welcomes-belarus-as-its-10th-member-state/',
  },
};

export const brics: Membership = {
  id: 'brics',
  name: 'BRICS',
  // Brazil, Russia, India, China, South Africa; Egypt, Ethiopia, Iran and the UAE from
  // 2024-01-01; Indonesia from 2025-01-06. Argentina declined. Partner countries are not members.
  members: [76, 643, 356, 156, 710, 818, 231, 364, 784, 360],
  asOf: '2025-01-06',
  source: {
    title: 'Brazil admits Indonesia as new member of BRICS bloc of developing nations',
    publisher: 'Business Standard',
    url: 'https://www.business-standard.com/amp/world-news/brazil-admits-indonesia-as-new-member-of-brics-bloc-of-developing-nations-125010700094_1.html',
  },
  notes: [
    {
      iso: 682,
      status: 'invited; status unclear as of Jan 2025',
      source: {
        title: 'Saudi Arabia Is Still Assessing BRICS Membership, Minister Says',
        publisher: 'Bloomberg via Swissinfo',
        url: 'https://www.swissinfo.ch/eng/saudi-arabia-is-still-assessing-brics-membership%2C-minister-says/88750888',
      },
    },
  ],
};

export const asean: Membership = {
  id: 'asean',
  name: 'ASEAN',
  // The five founders (1967), Brunei (1984), Vietnam (1995), Laos and Myanmar (1997),
  // Cambodia (1999), Timor-Leste (2025-10-26).
  members: [360, 458, 608, 702, 764, 96, 704, 418, 104, 116, 626],
  asOf: '2025-10-26',
  source: {
    title: 'Timor-Leste becomes 11th member of ASEAN',
    publisher: 'IANS',
    url: 'https://ianslive.in/timor-leste-becomes-11th-member-of-asean--20251026134029',
  },
};

export const quad: Membership = {
  id: 'quad',
  name: 'Quad',
  members: [36, 356, 392, 840],
  asOf: '2024-09',
  source: {
    title:
      "US President Biden to host PM Modi, other leaders for fourth in-person Quad Leaders' Summit on Sept 21 in Delaware",
    publisher: 'DNA India',
    url: 'https://www.dnaindia.com/world/report-us-president-biden-to-host-pm-modiother-leaders-for-fourth-in-person-quad-leaders-summit-on-sept-21-in-delawa-3107308',
  },
};

/** In the order of the small multiples: the two the essay says are expanding, then the two it says India and ASEAN keep their distance in. */
export const memberships: readonly Membership[] = [sco, brics, asean, quad];

