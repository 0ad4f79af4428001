/**
 * Astro's `security.csp` hashes the inline scripts and stylesheets a page's own components
 * emit, but not the stylesheets that a content entry carries to the page that renders it (a
 * figure imported by one argument's MDX reaches its page through Astro's propagated head
 * assets, after the policy was written). Without their hashes the browser refuses those
 * styles and the figure falls apart. So after the build, each page's policy gets the hash of
 * every inline `<style>` and `<script>` the page holds and the policy lacks. Nothing is added
 * that the build did not itself put on the page.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The CSP source expression for an inline element's text: `'sha256-…'`. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** A data block (JSON-LD) is never run, so the policy need not name it. */
const DATA_TYPE = /\stype="application\/(ld\+)?json"/i;

/** Inline texts of `<tag>` elements that the policy governs: no `src`, not a data block. */
function inlineTexts(html: string, tag: 'style' | 'script'): string[] {
  const pattern = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(pattern)]
    .filter(([, attrs = '']) => !/\ssrc=/i.test(attrs) && !DATA_TYPE.test(attrs))
    .map(([, , text = '']) => text);
}

/** One directive of a policy with exactly `sources` as its hashes: those it lacks added, others' dropped. */
function withSources(policy: string, directive: string, sources: readonly string[], onPage: ReadonlySet<string>): string {
  const separator = policy.includes('; ') ? '; ' : ';';
  const parts = policy.split(';').map((part) => part.trim()).filter(Boolean);
  const index = parts.findIndex((part) => part.split(/\s+/)[0] === directive);
  if (index < 0) return sources.length ? [...parts, [directive, ...sources].join(' ')].join(separator) : policy;
  // Hashes of other pages' code go: each is 45 bytes gzip cannot shrink, and this page never runs it.
  const kept = parts[index]!.split(/\s+/).filter((token) => !token.startsWith("'sha256-") || onPage.has(token));
  const present = new Set(kept);
  const missing = sources.filter((source) => !present.has(source));
  const next = [...kept, ...missing].join(' ');
  if (next === parts[index]) return policy;
  parts[index] = next;
  return parts.join(separator);
}

/**
 * The page with its policy's `style-src` and `script-src` hashes exactly its own inline
 * stylesheets and scripts (Astro lists every page's on every page). A page without a policy
 * meta is returned as it is.
 */
export function completeCspHashes(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const policy = meta[1]!.replaceAll('&#39;', "'");
  // Any inline text on the page, data blocks too, may keep the hash Astro gave it.
  const onPage = new Set([...html.matchAll(/<(?:script|style)\b[^>]*>([\s\S]*?)<\/(?:script|style)>/gi)].map(([, text = '']) => cspHash(text)));
  let complete = withSources(policy, 'style-src', [...new Set(inlineTexts(html, 'style').map(cspHash))], onPage);
  complete = withSources(complete, 'script-src', [...new Set(inlineTexts(html, 'script').map(cspHash))], onPage);
  if (complete === policy) return html;
  const escaped = meta[1]!.includes('&#39;') ? complete.replaceAll("'", '&#39;') : complete;
  return html.replace(meta[0], meta[0].replace(meta[1]!, escaped));
}
