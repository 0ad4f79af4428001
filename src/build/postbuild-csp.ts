import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { withPolicy } from './csp';

/**
 * After the build, give every page its Content-Security-Policy (src/build/csp.ts), made from the
 * inline scripts and stylesheets the page really holds, whichever component or content entry put
 * them there. The step adds one `<meta>` and changes nothing else.
 */
export function postbuildCsp(): AstroIntegration {
  return {
    name: 'explainer:postbuild-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        for (const page of pages) {
          const file = join(out, page);
          try {
            writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
          } catch (error) {
            throw new AstroError(`${page}: ${error instanceof Error ? error.message : String(error)}`, 'See docs/policy.md for how each page gets its policy.');
          }
        }
        logger.info(`${pages.length} pages given their Content-Security-Policy`);
      },
    },
  };
}
