// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { AstroError } from 'astro/errors';
import { sourceHosts } from './src/build/content-rules.ts';
import { checkMemberships } from './src/build/data-rules.ts';
import { DeployConfigError, readDeployConfig } from './src/build/deploy-config.ts';
import { linkCheck } from './src/build/link-check.ts';
import { baseLinksPlugin } from './src/build/mdast-base-links.ts';
import { contentRulesPlugin } from './src/build/mdast-content-rules.ts';
import { postbuildCsp } from './src/build/postbuild-csp.ts';
import { countries } from './src/data/countries.ts';
import { memberships } from './src/data/memberships.ts';
import { sources } from './src/data/sources.ts';
import { contentFactsPlugin } from './src/lib/content-facts.ts';
import { mapCss, pageCss, timelineCss, tokensCss, triangleCss } from './src/styles/generated.ts';

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

/**
 * Stylesheets generated from typed values (src/styles/generated.ts): `virtual:tokens.css`,
 * `virtual:page.css`, `virtual:map.css`, `virtual:timeline.css` and `virtual:triangle.css`. They go through Vite's CSS pipeline like a file, so the build
 * inlines them with the rest and each page carries only those its components import.
 * (In `astro dev`, a change to the tokens needs a restart, like any change to this config.)
 * @returns {import('astro').AstroIntegration}
 */
function generatedCss() {
  /** @type {Record<string, () => string>} */
  const sheets = {
    'virtual:tokens.css': tokensCss,
    'virtual:page.css': pageCss,
    'virtual:map.css': mapCss,
    'virtual:timeline.css': timelineCss,
    'virtual:triangle.css': triangleCss,
  };
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
  site: deploy.site,
  base: deploy.base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Two entries with one slug (or two pages at one URL) fail the build, naming both files.
  prerenderConflictBehavior: 'error',
  // No security.csp: each page's policy is written after the build from what the page holds
  // (src/build/postbuild-csp.ts, docs/policy.md); Astro's would be a second owner.
  markdown: {
    // Sätteri is Astro 7's Markdown engine. Its mdast plugins, in order: the content rules stop
    // the build on what content may not contain; contentFacts reads each MDX body's reading
    // time, citations and quotes from its syntax tree into the frontmatter
    // (src/lib/content-facts.ts); then root-relative links get the base path.
    processor: satteri({
      mdastPlugins: [contentRulesPlugin({ hosts: sourceHosts(sources) }), contentFactsPlugin, baseLinksPlugin({ base: deploy.base })],
    }),
  },
  integrations: [mdx(), generatedCss(), postbuildCsp(), linkCheck()],
  devToolbar: { enabled: false },
});
