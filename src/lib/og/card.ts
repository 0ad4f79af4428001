/**
 * The layout of a 1200x630 share card, as the element tree satori lays out. Pure data in,
 * a tree out: no fonts, no I/O, so it is unit-tested on its own.
 */
import { mapPalette, palette } from '../../styles/tokens';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardText {
  /** Small line above the title, e.g. "Argument 2 of 5". */
  eyebrow: string;
  title: string;
  /** One sentence under the title. */
  summary: string;
  /** Site name shown at the top. */
  site: string;
  /** Credit line at the foot: whose essay this explains. */
  credit: string;
}

/** A satori element: the shape of a React element without React. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string };
}

const h = (type: string, style: Record<string, string | number>, children: CardNode['props']['children']): CardNode => ({
  type,
  props: { style, children },
});

/** Shorten text at a word boundary so long summaries never overflow the card. */
export function clampWords(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars + 1).replace(/\s+\S*$/, '');
  return `${cut.replace(/[,;:.]$/, '')}…`;
}

/** The light theme's colours; the bottom rule repeats the map's two blocs. */
const { paper: PAPER, ink: INK, muted: MUTED, accent: ACCENT } = palette.light;
const { us: US_BLOC, cn: RIVAL_BLOC } = mapPalette.light;

const TEXT_WIDTH = CARD_WIDTH - 2 * 80;

export function cardTree(text: CardText): CardNode {
  const title = clampWords(text.title, 90);
  const line = (style: Record<string, string | number>, children: string) => h('div', { display: 'flex', width: TEXT_WIDTH, ...style }, children);
  return h(
    'div',
    { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', backgroundColor: PAPER, color: INK, fontFamily: 'Source Serif 4' },
    [
      h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, paddingTop: 64, paddingLeft: 80 }, [
        line({ fontSize: 26, fontWeight: 700, letterSpacing: 2, color: ACCENT, textTransform: 'uppercase' }, text.site),
        line({ marginTop: 40, fontSize: 30, color: MUTED }, text.eyebrow),
        line({ marginTop: 12, fontSize: title.length > 60 ? 60 : 72, fontWeight: 700, lineHeight: 1.08 }, title),
        line({ marginTop: 28, fontSize: 30, lineHeight: 1.35, color: MUTED }, clampWords(text.summary, 190)),
        line({ marginTop: 'auto', marginBottom: 32, fontSize: 22, color: MUTED }, text.credit),
      ]),
      h('div', { display: 'flex', height: 14 }, [
        h('div', { display: 'flex', width: CARD_WIDTH / 2, backgroundColor: US_BLOC }, ''),
        h('div', { display: 'flex', width: CARD_WIDTH / 2, backgroundColor: RIVAL_BLOC }, ''),
      ]),
    ],
  );
}
