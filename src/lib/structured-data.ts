/**
 * Machine-readable descriptions of a page: schema.org JSON-LD (search engines, link previews)
 * and the Highwire `citation_*` tags that Zotero and Google Scholar read. Pure, from content.
 */
import { licence, site } from '../consts';
import { essay } from '../data/essay';

/** A page as a citable article: `/` is the explainer, each argument page a part of it. */
export interface ArticlePage {
  headline: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  /** When its text last changed, `YYYY-MM-DD`. */
  modified: string;
  /** The explainer's title and absolute URL: the work an argument page is part of. */
  explainer: { headline: string; url: string };
}

const organisation = (url: string) => ({ '@type': 'Organization', name: site.name, url: new URL('/', url).href });

/** The essay the explainer explains: a work with an author and an affiliation, but no URL or date. */
export const essayCreativeWork = {
  '@type': 'CreativeWork',
  name: essay.title,
  author: {
    '@type': 'Person',
    name: essay.author,
    familyName: essay.family,
    givenName: essay.given,
    jobTitle: essay.role,
    affiliation: { '@type': 'CollegeOrUniversity', name: essay.institution },
  },
  isPartOf: { '@type': 'CreativeWork', name: essay.publication },
} as const;

/** schema.org `Article` JSON-LD for a page. */
export function articleJsonLd(page: ArticlePage): Record<string, unknown> {
  const isExplainer = page.url === page.explainer.url;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: page.headline,
    description: page.description,
    url: page.url,
    mainEntityOfPage: page.url,
    dateModified: page.modified,
    inLanguage: 'en',
    // The explainer's own text, figures and maps; the essay it is based on keeps its author's rights.
    license: licence.url,
    author: organisation(page.url),
    publisher: organisation(page.url),
    isPartOf: isExplainer
      ? { '@type': 'WebSite', name: site.name, url: page.explainer.url }
      : { '@type': 'Article', headline: page.explainer.headline, url: page.explainer.url },
    isBasedOn: essayCreativeWork,
  };
}

/**
 * Highwire Press tags, in the order Google Scholar documents them. The site credits no person,
 * so the author is the site itself, as a corporate author.
 */
export function highwireTags(page: ArticlePage): [name: string, content: string][] {
  return [
    ['citation_title', page.headline],
    ['citation_author', site.name],
    ['citation_publication_date', page.modified.replaceAll('-', '/')],
    ['citation_publisher', site.name],
    ['citation_language', 'en'],
    ['citation_fulltext_html_url', page.url],
    ['citation_abstract', page.description],
  ];
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
