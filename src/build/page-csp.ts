import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The page's Content-Security-Policy <meta> allowing exactly the inline scripts and stylesheets
 * that page carries, by hash. Astro lists every page's script and style hashes on every page
 * (each 45 bytes no compressor can shrink), and misses the stylesheets of components that MDX
 * content renders; hashing the built page itself gets both right.
 */
export function narrowPageCsp(html: string): string {
  const hashes = { script: [] as string[], style: [] as string[] };
  for (const [, tag, attrs, body] of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
    if (tag === 'script' && /\bsrc=/.test(attrs!)) continue;
    const list = hashes[tag as 'script' | 'style'];
    const hash = hashOf(body!);
    if (!list.includes(hash)) list.push(hash);
  }
  return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/, (_, open: string, policy: string, close: string) => {
    const directives = policy.split(';').map((directive) => {
      const [name, ...tokens] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive;
      const kept = tokens.filter((token) => !token.startsWith("'sha256-"));
      return [name, ...kept, ...hashes[name === 'script-src' ? 'script' : 'style']].join(' ');
    });
    return open + directives.join(';') + close;
  });
}

/** After the build, narrows each HTML page's policy to its own inline code (`narrowPageCsp`). */
export function pageCsp(): AstroIntegration {
  return {
    name: 'explainer:page-csp',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const narrowed = narrowPageCsp(html);
          if (narrowed !== html) writeFileSync(path, narrowed);
        }
      },
    },
  };
}
