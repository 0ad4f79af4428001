import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardText } from './card';

const require = createRequire(import.meta.url);
/** The card's typeface ships with the project (SIL OFL), so every build draws the same card. */
const font = (weight: 400 | 700) => ({
  name: 'Source Serif 4',
  weight,
  style: 'normal' as const,
  data: readFileSync(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`)),
});
const fonts = [font(400), font(700)];

/** Draw a share card to PNG bytes at build time. */
export async function renderCard(text: CardText): Promise<Uint8Array<ArrayBuffer>> {
  // satori's types ask for a ReactNode; the plain element tree is what React would hand it.
  const svg = await satori(cardTree(text) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
  });
  return Uint8Array.from(new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng());
}
