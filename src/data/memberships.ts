import type { IsoNumeric } from './countries';
import type { SourceId } from './sources';

/**
 * The four groupings the essay's fifth argument names, with their full members "as of" the
 * latest change or confirmation in ../shared/context/facts.md (section E). Partners, observers
 * and dialogue partners are not members. The fact sheet is current to about November 2025.
 */
export interface GroupNote {
  /** The state the note is about. */
  iso: IsoNumeric;
  /** Short status shown beside the state's name, e.g. "invited; status unclear as of Jan 2025". */
  status: string;
  /** Id of the source in src/data/sources.ts, cited beside the note. */
  sourceId: SourceId;
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
  /** Ids in src/data/sources.ts that establish the list, cited beside its date. */
  sourceIds: readonly SourceId[];
  /** States with an unclear status, drawn apart from members and never counted. */
  notes?: readonly GroupNote[];
}

export const sco: Membership = {
  id: 'sco',
  name: 'SCO',
  // Iran joined 2023-07-04 (ninth); Belarus 2024-07-04 (tenth).
  members: [643, 156, 356, 586, 398, 417, 762, 860, 364, 112],
  asOf: '2024-07-04',
  sourceIds: ['telesur-sco-iran', 'astanatimes-sco-belarus'],
};

export const brics: Membership = {
  id: 'brics',
  name: 'BRICS',
  // Brazil, Russia, India, China, South Africa; Egypt, Ethiopia, Iran and the UAE from
  // 2024-01-01; Indonesia from 2025-01-06. Argentina declined. Partner countries are not members.
  members: [76, 643, 356, 156, 710, 818, 231, 364, 784, 360],
  asOf: '2025-01-06',
  sourceIds: ['trtafrika-brics-founders', 'dailysabah-brics-members', 'businessstandard-brics-indonesia'],
  notes: [
    {
      iso: 682,
      status: 'invited; status unclear as of Jan 2025',
      sourceId: 'swissinfo-saudi-brics',
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
  sourceIds: ['ians-asean-members', 'asiaone-timor-leste-asean'],
};

export const quad: Membership = {
  id: 'quad',
  name: 'Quad',
  members: [36, 356, 392, 840],
  asOf: '2024-09',
  sourceIds: ['dnaindia-quad-members'],
};

/** Every source the alignments figure cites, in the order it cites them. */
export const membershipSourceIds: readonly SourceId[] = [
  ...new Set([sco, brics, asean, quad].flatMap((group) => [...group.sourceIds, ...(group.notes ?? []).map((note) => note.sourceId)])),
];

/** In the order of the small multiples: the two the essay says are expanding, then the two it says India and ASEAN keep their distance in. */
export const memberships: readonly Membership[] = [sco, brics, asean, quad];
