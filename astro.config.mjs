// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { AstroError } from 'astro/errors';
import { sourceHosts } from './src/lib/content-rules.ts';
import { CSP_DIRECTIVES } from './src/build/csp.ts';
import { checkMemberships } from './src/build/data-rules.ts';
import { DeployConfigError, readDeployConfig } from './src/lib/deploy-config.ts';
import { generatedCss } from './src/build/generated-css.ts';
import { baseLinksPlugin } from './src/build/mdast-base-links.ts';
import { contentRulesPlugin } from './src/build/mdast-content-rules.ts';
import { siteChecks } from './src/build/site-checks.ts';
import { countries } from './src/data/countries.ts';
import { memberships } from './src/data/memberships.ts';
import { sources } from './src/data/sources.ts';

// The public origin (SITE_URL) and sub-path (BASE_PATH) for links, share previews and the
// sitemap; see README "Deploying". Mistyped values stop the build with the variable's name.
let deploy;
try {
  deploy = readDeployConfig(process.env);
} catch (error) {
  if (error instanceof DeployConfigError) throw new AstroError(error.message, error.hint);
  throw error;
}

// Typed data an editor maintains: a mistake stops the build, naming the entry.
const [dataProblem] = checkMemberships(memberships, countries);
if (dataProblem) throw new AstroError(dataProblem.message, dataProblem.hint);

export default defineConfig({
  site: deploy.site,
  base: deploy.base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Two entries with one slug (or two pages at one URL) fail the build, naming both files.
  prerenderConflictBehavior: 'error',
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
  markdown: {
    // Sätteri is Astro 7's Markdown engine. Its mdast plugins, in order: the content rules stop
    // the build on what content may not contain; then root-relative links get the base path.
    // (Words, citations and quotes are read from the raw files: src/lib/content-index.ts.)
    processor: satteri({
      mdastPlugins: [contentRulesPlugin({ hosts: sourceHosts(sources) }), baseLinksPlugin({ base: deploy.base })],
    }),
  },
  integrations: [mdx(), generatedCss(), siteChecks()],
  devToolbar: { enabled: false },
});
