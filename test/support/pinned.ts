/**
 * The five argument slugs, in essay order. They are share URLs and anchors: changing one breaks
 * every link already sent, so the tests pin them here and a change has to be deliberate.
 */
export const PINNED_SLUGS = ['statement-not-treaty', 'leaders-short-terms', 'structural-imbalance', 'costs-and-proximity', 'multipolar-region'] as const;

/** The origin the tests build with: the site's default when SITE_URL is unset. */
export { DEFAULT_ORIGIN as SITE_ORIGIN } from '../../src/consts';
