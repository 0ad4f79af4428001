// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

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
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
