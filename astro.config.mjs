// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { runnerImport } from 'vite';
import { BASE_PATH, DEFAULT_ORIGIN } from './src/consts.ts';

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
 * @returns {import('vite').Plugin}
 */
function generatedCss() {
  const source = fileURLToPath(new URL('./src/styles/generated.ts', import.meta.url));
  /** @type {Record<string, 'tokensCss' | 'mapCss'>} */
  const sheets = { 'virtual:tokens.css': 'tokensCss', 'virtual:map.css': 'mapCss' };
  return {
    name: 'generated-css',
    resolveId: (id) => (Object.hasOwn(sheets, id) ? `\0${id}` : undefined),
    async load(id) {
      const sheet = id.startsWith('\0') ? sheets[id.slice(1)] : undefined;
      if (!sheet) return undefined;
      /** @type {{ module: typeof import('./src/styles/generated'), dependencies: string[] }} */
      const { module, dependencies } = await runnerImport(source, { configFile: false, logLevel: 'silent' });
      for (const file of dependencies) this.addWatchFile(file);
      return module[sheet]();
    },
  };
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: { plugins: [generatedCss()] },
});
