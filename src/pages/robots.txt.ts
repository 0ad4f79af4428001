import type { APIRoute } from 'astro';
import { withBase } from '../lib/paths';

// Crawlers read robots.txt only at the root of a host; under a sub-path this copy is inert
// but harmless, and the sitemap it names is still right.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('/sitemap.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });
