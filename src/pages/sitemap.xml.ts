import type { APIRoute } from 'astro';
import { loadArguments } from '../lib/site-content';
import { homePath } from '../lib/paths';
import { argumentPath } from '../lib/slug';

/** Every page a search engine should know: the full explainer and each argument's share page. */
export const GET: APIRoute = async ({ site }) => {
  const paths = [homePath(), ...(await loadArguments()).map((entry) => argumentPath(entry.data.slug))];
  const urls = paths.map((path) => `  <url><loc>${new URL(path, site)}</loc></url>`).join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
