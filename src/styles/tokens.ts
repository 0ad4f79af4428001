/**
 * Design tokens: every colour of the site and the maps' label sizes, defined here and only
 * here. The CSS (src/build/generated.ts), the share cards (`lib/og/card.ts`)
 * and the favicon (`pages/favicon.svg.ts`) all read them; test/unit/tokens.test.ts checks
 * their contrast. To add a colour, add it here and use it as `var(--name)`.
 */

/** The site's palette; each key becomes `--<key>` on `:root`. */
export interface Palette {
  paper: string;
  ink: string;
  muted: string;
  rule: string;
  link: string;
  'link-visited': string;
  accent: string;
  note: string;
  focus: string;
}

const light: Palette = {
  paper: '#fbfaf7',
  ink: '#1d1c1a',
  muted: '#57534c',
  rule: '#d9d4c9',
  link: '#1a4b8c',
  'link-visited': '#5b3a87',
  accent: '#a4321f',
  note: '#f2efe7',
  focus: '#1a4b8c',
};

const dark: Palette = {
  paper: '#161514',
  ink: '#ebe7df',
  muted: '#aaa49a',
  rule: '#3b3833',
  link: '#94bdf2',
  'link-visited': '#c3a8ec',
  accent: '#f0917d',
  note: '#211f1d',
  focus: '#94bdf2',
};

/** Paper: black on white, links as text; the focus ring never prints. */
const print: Omit<Palette, 'focus'> = {
  paper: '#fff',
  ink: '#000',
  muted: '#444',
  rule: '#bbb',
  link: '#000',
  'link-visited': '#000',
  accent: '#7a2416',
  note: '#f4f4f4',
};

/** Light and dark follow the reader's setting; print always wins on paper. */
export const palette = { light, dark, print } as const;

/** The printed page's margin boxes (running title, page numbers): grey, apart from the text. */
export const pageMargin = { ink: '#555', font: '8pt system-ui, sans-serif' } as const;

/**
 * The maps' colours; each key becomes `--bm-<key>` on `.bloc-map`. Fills differ in lightness
 * as well as hue (blue L*~35, orange L*~68, named L*~90, other land L*~89 with no outline),
 * and the China bloc is also hatched, so grayscale print and colour-blind readers see the same
 * map. Text, rules and paper come from the site palette.
 */
export interface MapPalette {
  /** Land the map does not colour. */
  land: string;
  ocean: string;
  /** The US–Japan–ROK bloc, and its labels. */
  us: string;
  'us-text': string;
  /** China, Russia and North Korea: this fill under hatching in `cn-line`, and their labels. */
  cn: string;
  'cn-line': string;
  'cn-text': string;
  /** States the essay names outside both blocs: a pale tint with an outline. */
  named: string;
  'named-line': string;
  /** Members of a grouping in neither bloc (alignments). */
  member: string;
  /** Distance rings (reach). */
  ring: string;
}

/** Dark only on screen: on paper the maps keep the light colours. */
export const mapPalette: { light: MapPalette; dark: MapPalette } = {
  light: {
    land: '#e2dfd8',
    ocean: '#eef1f2',
    us: '#1f4f94',
    'us-text': '#1b4786',
    cn: '#ee8d4e',
    'cn-line': '#9c3f10',
    'cn-text': '#8e3a0f',
    named: '#f6efdc',
    'named-line': '#857654',
    member: '#7a7368',
    ring: '#6e6a62',
  },
  dark: {
    land: '#383531',
    ocean: '#1d1f21',
    us: '#6d9ded',
    'us-text': '#9cc0f5',
    cn: '#f3a46b',
    'cn-line': '#7a3410',
    'cn-text': '#f6b385',
    named: '#4a4437',
    'named-line': '#c3b28a',
    member: '#8a847a',
    ring: '#9d978c',
  },
};

type LabelSteps = ReadonlyArray<{ maxWidthRem: number; size: number }>;

/**
 * Map label sizes, in map units of a 720-unit-wide view: `base`, then larger sizes as the map
 * is drawn narrower (a container query up to `maxWidthRem`), so labels stay about 11–14 CSS px
 * at every width; label layout is checked at each size. Below its breakpoint (the registry's
 * `narrowBelowRem`) a view shows its phone composition instead, with the `phone` sizes: each
 * keeps small labels at 11 CSS px or more down to the next step, the last down to a 320 px
 * viewport (test/unit/geo/narrow.test.ts).
 */
export const labelSizes: { base: number; narrower: LabelSteps; phone: LabelSteps } = {
  base: 11.5,
  narrower: [
    { maxWidthRem: 52, size: 13 },
    { maxWidthRem: 42, size: 16.5 },
    { maxWidthRem: 32, size: 20 },
  ],
  phone: [
    { maxWidthRem: 35, size: 20.5 },
    { maxWidthRem: 28, size: 25.5 },
    { maxWidthRem: 22.5, size: 32.5 },
  ],
};

/** Small labels (seas, minor places, the key) are this fraction of the label size. */
export const SMALL_LABEL = 0.88;

/** Letter-spacing (em) of the labels that have any: groupings (ASEAN) and seas. */
export const labelTracking = { group: 0.12, sea: 0.08 } as const;
