import type { APIRoute } from 'astro';
import { mapPalette, palette } from '../styles/tokens';

const { us, cn } = mapPalette.light;

/** The favicon: the two blocs of the maps, side by side on the US bloc's blue, in the tokens' colours. */
export const GET: APIRoute = () =>
  new Response(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${us}"/><circle cx="12" cy="16" r="5" fill="${palette.light.paper}"/><circle cx="21" cy="16" r="5" fill="none" stroke="${cn}" stroke-width="3"/></svg>`,
    { headers: { 'Content-Type': 'image/svg+xml' } },
  );
