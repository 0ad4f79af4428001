import type { BlocId } from '../../../data/blocs';
import { labelTracking } from '../../../styles/tokens';
import { SMALL, type Label } from '../labels';
import type { Composed } from '../composition';
import type { CountryShape } from '../shapes';

/** A dot for a state too small to draw at 1:110m. */
export interface Dot {
  key: string;
  bloc: BlocId;
  x: number;
  y: number;
}

export type LabelKind = 'country' | 'group' | 'sea' | 'minor' | 'place' | 'ring';

export interface MapLabel extends Label {
  /** What the label names; map.css styles each kind (and sizes `sea` and `minor` small). */
  kind: LabelKind;
  bloc?: BlocId;
  /** Set on the land it names (drawn in the paper colour, without a halo, on the blue bloc). */
  inside?: boolean;
}

/** The size factor the map's CSS gives each kind of label. */
export function scaleOf(kind: LabelKind): number {
  return kind === 'sea' || kind === 'minor' ? SMALL : 1;
}

/** The letter-spacing (em) the CSS gives each kind of label. */
export function trackingOf(kind: LabelKind): number {
  return Object.hasOwn(labelTracking, kind) ? labelTracking[kind as keyof typeof labelTracking] : 0;
}

/** What a key entry shows: a bloc's fill (`data-bloc`), or a ring or dashed outline (a class). */
export type Swatch = Exclude<BlocId, 'other'> | 'member' | 'unclear' | 'ring';

export interface KeyEntry {
  swatch: Swatch;
  text: string;
}

export interface MapKey {
  /** Top-left corner in map units; the key is laid out in em, so it scales with the labels. */
  x: number;
  y: number;
  entries: KeyEntry[];
  /** A heading in the key's first row, above the entries (who the grouping is by, where it is not the site's). */
  title?: string;
  /** Entries run down this many columns (default 1). */
  columns?: number;
}

/** What every view's SVG root needs: its accessible name and description, and its size in map units. */
export interface SceneFrame {
  title: string;
  desc: string;
  width: number;
  height: number;
}

/** A single-map view: quiet land merged into one path, the coloured states one path each, shown in two compositions. */
export interface SingleMapScene extends SceneFrame {
  /** Path data of the quiet land, merged. */
  land: string;
  /** The blocs and the named states, one path each. */
  countries: CountryShape[];
  wide: Composed;
  phone: Composed;
}

/** Rows of the key are this many em apart; its text is SMALL. */
export const KEY_ROW_EM = 1.45;
