import type { APIRoute, GetStaticPaths } from 'astro';
import { citableKeys, loadWorkCitations } from '../../lib/site-citations';

/** The formats reference managers import, by file extension. */
const FORMATS = {
  bib: { field: 'bibtex', type: 'application/x-bibtex' },
  ris: { field: 'ris', type: 'application/x-research-info-systems' },
} as const;

/** A BibTeX and an RIS file for each citable work: the explainer, the essay, each argument. */
export const getStaticPaths = (async () => {
  const keys = await citableKeys();
  return keys.flatMap((key) => (Object.keys(FORMATS) as (keyof typeof FORMATS)[]).map((ext) => ({ params: { file: `${key}.${ext}` }, props: { key, ext } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ key: string; ext: keyof typeof FORMATS }> = async ({ props, site }) => {
  const { field, type } = FORMATS[props.ext];
  const citations = (await loadWorkCitations(site!)).get(props.key)!;
  return new Response(citations[field], { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
