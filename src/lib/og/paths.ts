import { withBase } from '../paths';

/** The share card of the full explainer and of each argument: one URL scheme, in one place. */
export const EXPLAINER_CARD = 'explainer';

export function cardPath(name: string): string {
  return withBase(`/og/${name}.png`);
}
