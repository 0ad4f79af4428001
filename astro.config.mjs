// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { BASE_PATH, DEFAULT_ORIGIN } from './src/consts.ts';
import { contentFactsPlugin } from './src/lib/content-facts.ts';
import { mapCss, tokensCss } from './src/styles/generated.ts';

// The canonical origin for links, share previews and the sitemap. Deployers set SITE_URL.
const site = process.env.SITE_URL || DEFAULT_ORIGIN;

// Internal links are root-relative, so the site must be served at the root of its host.
const origin = new URL(site);
if (origin.pathname !== BASE_PATH || origin.search || origin.hash) {
  throw new Error(`SITE_URL must be an origin such as https://example.org, not "${site}": the site is served at the root of its host.`);
}

/**
 * Stylesheets generated from typed values (src/styles/generated.ts): `virtual:tokens.css`
 * and `virtual:map.css`. They go through Vite's CSS pipeline like a file, so the build
 * inlines them with the rest and each page carries only those its components import.
 * (In `astro dev`, a change to the tokens needs a restart, like any change to this config.)
 * @returns {import('astro').AstroIntegration}
 */
function generatedCss() {
  /** @type {Record<string, () => string>} */
  const sheets = { 'virtual:tokens.css': tokensCss, 'virtual:map.css': mapCss };
  /** @type {import('vite').Plugin} */
  const plugin = {
    name: 'generated-css',
    resolveId: (id) => (Object.hasOwn(sheets, id) ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') && Object.hasOwn(sheets, id.slice(1)) ? sheets[id.slice(1)]?.() : undefined),
  };
  return {
    name: 'generated-css',
    hooks: { 'astro:config:setup': ({ updateConfig }) => void updateConfig({ vite: { plugins: [plugin] } }) },
  };
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Sätteri is Astro's default Markdown engine; the plugin reads each MDX body's reading time,
  // citations and quotes from its syntax tree into the frontmatter (src/lib/content-facts.ts).
  markdown: { processor: satteri({ mdastPlugins: [contentFactsPlugin] }) },
  integrations: [mdx(), generatedCss()],
  devToolbar: { enabled: false },
});
