/**
 * Each page's Content-Security-Policy, made from the page itself: the fixed directives below,
 * then `script-src` and `style-src` allowing exactly the inline scripts and stylesheets the page
 * holds, by their hashes. This module is the policy's one owner: Astro's `security.csp` is off,
 * and src/build/postbuild-csp.ts writes every built page through `withPolicy` (docs/policy.md).
 * Header-only protections (frame-ancestors and friends) are in public/_headers.
 */
import { createHash } from 'node:crypto';
import { parse, type HTMLElement } from 'node-html-parser';

/** What every page allows besides its own inline code: its own origin, and no plugins, forms or `<base>` elsewhere. */
export const CSP_DIRECTIVES = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'none'"] as const;

/** The CSP source expression for an inline element's text: `'sha256-…'`. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Script types a browser runs; any other type (JSON-LD, say) is a data block the policy does not govern. */
const RUNS = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The inline elements the policy governs: scripts the browser would run and every stylesheet, none with `src`. */
function governed(doc: HTMLElement, tag: 'script' | 'style'): HTMLElement[] {
  const inline = doc.querySelectorAll(tag).filter((el) => !el.hasAttribute('src'));
  return tag === 'script' ? inline.filter((el) => RUNS.has((el.getAttribute('type') ?? '').trim().toLowerCase())) : inline;
}

const META = 'meta[http-equiv="content-security-policy" i]';

/** The policy for a parsed page: the fixed directives, then `'self'` and the hash of each governed element, in page order. */
function policyFor(doc: HTMLElement): string {
  const sources = (tag: 'script' | 'style') => [...new Set(governed(doc, tag).map((el) => cspHash(el.rawText)))];
  return [...CSP_DIRECTIVES, ["script-src 'self'", ...sources('script')].join(' '), ["style-src 'self'", ...sources('style')].join(' ')].join('; ');
}

/** A page's policy, as `withPolicy` would write it. */
export function pagePolicy(html: string): string {
  return policyFor(parse(html));
}

/**
 * The page with its policy in a `<meta>` at the top of its head, after `<meta charset>`: a
 * policy in a meta governs only what follows it. Nothing else on the page changes. A page that
 * already has a policy is refused, since a second owner would mean two truths.
 */
export function withPolicy(html: string): string {
  const doc = parse(html);
  if (doc.querySelector(META))
    throw new Error(
      'The page already carries a Content-Security-Policy <meta>: src/build/csp.ts writes the only one, so turn off anything else that writes one (Astro’s security.csp).',
    );
  const head = doc.querySelector('head');
  if (!head) throw new Error('The page has no <head> to hold its Content-Security-Policy.');
  const charset = head.querySelector('meta[charset]');
  const at = charset ? charset.range[1] : html.indexOf('>', head.range[0]) + 1;
  return `${html.slice(0, at)}<meta http-equiv="content-security-policy" content="${policyFor(doc)}">${html.slice(at)}`;
}
