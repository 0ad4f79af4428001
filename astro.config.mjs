// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentFactsPlugin } from './src/lib/content-facts.ts';

// The canonical origin for links, share previews and the sitemap. Deployers set SITE_URL;
// the default is a reserved `.example` host so nothing ever points at a real stranger's site.
const site = process.env.SITE_URL || 'https://huang-jing-alliance.example';

// Internal links are root-relative, so the site must be served at the root of its host.
const origin = new URL(site);
if (origin.pathname !== '/' || origin.search || origin.hash) {
  throw new Error(`SITE_URL must be an origin such as https://example.org, not "${site}": the site is served at the root of its host.`);
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Sätteri is Astro's default Markdown engine; the plugin reads each MDX body's reading time,
  // citations and quotes from its syntax tree into the frontmatter (src/lib/content-facts.ts).
  markdown: { processor: satteri({ mdastPlugins: [contentFactsPlugin] }) },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
