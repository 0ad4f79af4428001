import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../consts';
import { essay } from '../../data/essay';
import { renderCard } from '../../lib/og/render';
import { EXPLAINER_CARD } from '../../lib/og/paths';
import type { CardText } from '../../lib/og/card';
import { loadArguments, loadFront } from '../../lib/site-content';

const credit = `An explainer of ${essay.author}’s essay “${essay.title}”`;

/** One 1200x630 preview image per shareable page, drawn at build time. */
export const getStaticPaths = (async () => {
  const args = await loadArguments();
  const masthead = await loadFront('masthead');
  const cards: { params: { card: string }; props: { text: CardText } }[] = [
    {
      params: { card: EXPLAINER_CARD },
      props: { text: { site: site.name, eyebrow: 'Explainer', title: masthead.data.title, summary: masthead.data.dek ?? '', credit } },
    },
    ...args.map(({ data }) => ({
      params: { card: data.slug },
      props: { text: { site: site.name, eyebrow: `Argument ${data.number} of ${args.length}`, title: data.title, summary: data.summary, credit } },
    })),
  ];
  return cards;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props }) => new Response(await renderCard(props.text), { headers: { 'Content-Type': 'image/png' } });
