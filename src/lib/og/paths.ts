import { withBase } from '../paths';

/** The share card (and printed QR code) of the full explainer and of each argument: one URL scheme, in one place. */
export const EXPLAINER_CARD = 'explainer';

export function cardPath(name: string): string {
  return withBase(`/og/${name}.png`);
}

/** The QR code of a shareable page's address, printed on its handout (src/pages/qr/[card].svg.ts): the same names as the cards. */
export function qrPath(name: string): string {
  return withBase(`/qr/${name}.svg`);
}
