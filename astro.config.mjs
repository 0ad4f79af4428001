// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { AstroError } from 'astro/errors';
import { essayForQuotes, quotesUncheckedNotice } from './src/build/content-gate.ts';
import { contentRules } from './src/lib/content-rules.ts';
import { licence } from './src/consts.ts';
import { checkMemberships, checkSources } from './src/build/data-rules.ts';
import { DeployConfigError, readDeployConfig } from './src/lib/deploy-config.ts';
import { generatedCss } from './src/build/generated-css.ts';
import { linkCheck } from './src/build/link-check.ts';
import { baseLinksPlugin } from './src/build/mdast-base-links.ts';
import { contentRulesPlugin } from './src/build/mdast-content-rules.ts';
import { refuseInvisible } from './src/build/invisible-characters.ts';
import { postbuildCsp } from './src/build/postbuild-csp.ts';
import { countries } from './src/data/countries.ts';
import { memberships } from './src/data/memberships.ts';
import { glossary } from './src/data/glossary.ts';
import { sources } from './src/data/sources.ts';

// The public origin (SITE_URL) and sub-path (BASE_PATH) for links, share previews and the
// sitemap; see docs/deploying.md. Mistyped values stop the build with the variable's name.
let deploy;
try {
  deploy = readDeployConfig(process.env);
} catch (error) {
  if (error instanceof DeployConfigError) throw new AstroError(error.message, error.hint);
  throw error;
}

// Typed data an editor maintains: a mistake stops the build, naming the file, line and entry.
const dataText = (/** @type {string} */ file) => readFileSync(new URL(file, import.meta.url), 'utf8');
const [dataProblem] = [
  ...checkSources(sources, dataText('./src/data/sources.ts')),
  ...checkMemberships(memberships, countries, dataText('./src/data/memberships.ts')),
];
if (dataProblem) throw new AstroError(dataProblem.message, dataProblem.hint);

// Bidirectional controls, zero-width and other invisible characters in content/ or src/data/
// stop the build, naming file, line and column (src/build/invisible-characters.ts).
refuseInvisible(fileURLToPath(new URL('.', import.meta.url)));

// Every <Quote> is checked against the essay, found where the tests find it (../shared or
// SHARED_DIR); where it is absent the build says so (and on CI, stops).
const { essay, warning: quotesUnchecked } = essayForQuotes(process.env);

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
    // the build on what content may not contain, naming file and line (unknown <Cite>/<Term>
    // ids, quotes not in the essay, code, outside links, …); then root-relative links get the
    // base path. (Words, citations and quotes are read from the raw files: src/lib/content-index.ts.)
    processor: satteri({
      mdastPlugins: [contentRulesPlugin(contentRules({ sources, glossary, essay, licenceUrl: licence.url })), baseLinksPlugin({ base: deploy.base })],
    }),
  },
  integrations: [quotesUncheckedNotice(quotesUnchecked), mdx(), generatedCss(), postbuildCsp(), linkCheck()],
  devToolbar: { enabled: false },
});
