import type { IsoNumeric } from './countries';
import { asean } from './memberships';

/** Timor-Leste joined ASEAN on 2025-10-26, so the essay (August 2023) could not have named it. */
const TIMOR_LESTE = 626;
const aseanWhenWritten = asean.members.filter((iso) => iso !== TIMOR_LESTE);

/**
 * The two blocs of the essay's fourth argument, and those its fifth names as taking neither
 * side: India, and ASEAN as an organisation, drawn as its ten members of August 2023. Every other state is `other`:
 * drawn as in the data, coloured like land. That includes Taiwan, and Australia, which the essay
 * mentions only as one of the partners India keeps its distance from; colouring it with India
 * and ASEAN would call it non-aligned, which the essay does not.
 */
export type BlocId = 'us' | 'cn' | 'named' | 'other';

export interface Bloc {
  id: Exclude<BlocId, 'other'>;
  /** Full name, for tables and descriptions. */
  name: string;
  /** Short name for the key inside the map. */
  key: string;
  members: readonly IsoNumeric[];
}

export const blocs: readonly Bloc[] = [
  { id: 'us', name: 'The US–Japan–South Korea grouping, which Huang calls an alliance', key: 'US, Japan, S. Korea', members: [840, 392, 410] },
  { id: 'cn', name: 'The three neighbours Huang names as its targets', key: 'China, Russia, N. Korea', members: [156, 643, 408] },
  {
    id: 'named',
    // Huang names ASEAN, the organisation, not its member states: the shading of its members is
    // the site's way of drawing the organisation, and every text about it says so.
    name: 'Named by Huang as taking neither side',
    key: 'Neither: India, ASEAN',
    members: [356, ...aseanWhenWritten],
  },
];

/** The heading of the key inside the maps that draw these blocs: the grouping is Huang's, and the key travels with the map. */
export const BLOC_KEY_TITLE = 'As Huang groups them';

const blocByIso = new Map(blocs.flatMap((bloc) => bloc.members.map((iso) => [iso, bloc.id] as const)));

/** The bloc a state is drawn in; `other` for any state the essay does not place. */
export function blocOf(iso: IsoNumeric): BlocId {
  return blocByIso.get(iso) ?? 'other';
}
