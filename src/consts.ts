/**
 * The site's name and where it is served, in one place for the config, the pages and the
 * share cards. (Plain values, no imports: astro.config.mjs loads this file directly.)
 */

/** The site's own name, used in the masthead of argument pages, titles and share cards. */
export const site = {
  name: 'Huang Jing’s essay, explained',
  tagline: 'Why he doubts the US–Japan–South Korea partnership, argument by argument',
} as const;

/**
 * The canonical origin when SITE_URL is not set: a reserved `.example` host, so nothing ever
 * points at a real stranger's site.
 */
export const DEFAULT_ORIGIN = 'https://huang-jing-alliance.example';

/**
 * The licence of the explainer's own text, figures and maps (not the essay's words, which remain
 * its author's, nor the map data, which keeps its own credit). Its host is the one outside site
 * besides the sources' that content may link to.
 */
export const licence = {
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

// The path the site is served under comes from the environment (BASE_PATH, read with SITE_URL
// by src/lib/deploy-config.ts); src/lib/paths.ts adds it to every internal URL.
