import type { IsoNumeric } from './countries';
import { asean } from './memberships';

/**
 * The two blocs of the essay's fourth argument, and the states its fifth names outside them.
 * Every other state (Taiwan included) is `other`: drawn as in the data, coloured like land.
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
  { id: 'us', name: 'US–Japan–ROK alliance', key: 'US–Japan–ROK', members: [840, 392, 410] },
  { id: 'cn', name: 'The three neighbours the essay sets against it', key: 'China, Russia, N. Korea', members: [156, 643, 408] },
  {
    id: 'named',
    name: 'Named in the essay, in neither bloc',
    key: 'Named, in neither bloc',
    members: [356, 36, ...asean.members],
  },
];

const blocByIso = new Map(blocs.flatMap((bloc) => bloc.members.map((iso) => [iso, bloc.id] as const)));

/** The bloc a state is drawn in; `other` for any state the essay does not place. */
export function blocOf(iso: IsoNumeric): BlocId {
  return blocByIso.get(iso) ?? 'other';
}
