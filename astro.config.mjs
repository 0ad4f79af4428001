// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The canonical origin for links, share previews and the sitemap. Deployers set SITE_URL;
// the default is a reserved `.example` host so nothing ever points at a real stranger's site.
const site = process.env.SITE_URL ?? 'https://huang-jing-alliance.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
