import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { checkMdxTree, ELEMENTS_KEY, type ContentRules, type MdNode } from '../lib/content-rules';

type MdastPlugin = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];

/**
 * A Sätteri mdast plugin (Astro 7's Markdown pipeline) that stops the build on the first content
 * file breaking a rule of src/lib/content-rules.ts, naming the file and line, and records the
 * element names the file uses for the components check at render time (site-content.ts).
 * Build its rules with `contentRules(…)`, as astro.config.mjs does.
 */
export function contentRulesPlugin(rules: ContentRules): MdastPlugin {
  return {
    name: 'explainer:content-rules',
    options: { position: true },
    before(root, ctx) {
      const { problems, elements } = checkMdxTree(root as MdNode, rules);
      const [first] = problems;
      if (first) {
        const where = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'a content file';
        const more = problems.length - 1;
        const also = more ? ` (and ${more} more problem${more > 1 ? 's' : ''} in this file)` : '';
        const error = new AstroError(`${where}${first.line ? `, line ${first.line}` : ''}: ${first.message}${also}.`, first.hint);
        // @astrojs/mdx reads these into the error's location, which Astro prints and the dev overlay shows.
        throw Object.assign(error, { line: first.line, column: first.column });
      }
      // Astro's MDX pipeline always provides the frontmatter bag that becomes remarkPluginFrontmatter.
      const frontmatter = ctx.data.astro?.frontmatter as Record<string, unknown> | undefined;
      if (frontmatter) frontmatter[ELEMENTS_KEY] = elements;
    },
  };
}
