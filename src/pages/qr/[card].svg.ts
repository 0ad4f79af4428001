import type { APIRoute, GetStaticPaths } from 'astro';
import { EXPLAINER_CARD } from '../../lib/og/paths';
import { homePath } from '../../lib/paths';
import { qrDrawing, qrSvg } from '../../lib/qr';
import { argumentPath } from '../../lib/slug';
import { loadArguments } from '../../lib/site-content';

/**
 * The QR code of each shareable page's own address, drawn at build time for its printout
 * (PrintAddress.astro). A file of its own rather than inline SVG: the page asks for it lazily, so
 * only printing fetches it and a screen reader's first load carries none of its bytes.
 */
export const getStaticPaths = (async () => {
  const args = await loadArguments();
  return [
    { params: { card: EXPLAINER_CARD }, props: { path: homePath() } },
    ...args.map(({ data }) => ({ params: { card: data.slug }, props: { path: argumentPath(data.slug) } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = ({ props, site }) =>
  new Response(qrSvg(qrDrawing(new URL(props.path, site).href)), { headers: { 'Content-Type': 'image/svg+xml' } });
