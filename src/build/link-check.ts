import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { brokenLinks, readDist } from './dist-links';

/** The content files whose Markdown links to `href` (as written, without the base), to name in the error. */
function filesLinking(contentDir: string, href: string): string[] {
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx') || f.endsWith('.md'));
  return files.filter((f) => readFileSync(join(contentDir, f), 'utf8').includes(`](${href})`)).map((f) => join(contentDir, f));
}

/**
 * After every build, read dist/ as a static host would serve it and fail on any internal link,
 * asset or #fragment that goes nowhere, listing each with the page it is on and, when it was
 * written in content/, the file that holds it. It reads the site and writes nothing.
 */
export function linkCheck(): AstroIntegration {
  let origin = '';
  let base = '/';
  let root = process.cwd();
  return {
    name: 'explainer:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = new URL(config.site ?? 'http://localhost').origin;
        base = config.base.replace(/\/?$/, '/');
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const { files, pages } = readDist(fileURLToPath(dir));
        const broken = brokenLinks(files, pages, origin, base);
        if (broken.length) {
          const lines = broken.map(({ page, href, problem }) => {
            const written = href.startsWith(base) ? `/${href.slice(base.length)}` : href;
            const sources = filesLinking(join(root, 'content'), written).map((f) => relative(root, f));
            return `  - ${sources.length ? `${sources.join(', ')} (on ${page})` : page}: the link "${written}" ${problem}`;
          });
          throw new AstroError(
            `${broken.length} broken link${broken.length > 1 ? 's' : ''} in the built site:\n${[...new Set(lines)].join('\n')}`,
            'A link written in content/ such as /#background must name a page and a heading anchor that exist: check the spelling of the slug or anchor. Write links from the site root, without the base path.',
          );
        }
        logger.info(`${pages.size} pages; every internal link resolves`);
      },
    },
  };
}
