/**
 * The Content-Security-Policy every page carries in a <meta> tag. Astro adds `script-src` and
 * `style-src` with a hash of each inline script and stylesheet it emits, so nothing inline runs
 * unless the build put it there; these are the other directives. Header-only protections
 * (frame-ancestors and friends) are in public/_headers.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
] as const;
