import { describe, expect, it } from 'vitest';
import { site } from '../../src/consts';
import { essay } from '../../src/data/essay';
import { articleJsonLd, highwireTags, jsonLdText, type ArticlePage } from '../../src/lib/structured-data';
import { explainerModified } from '../../src/lib/works';

const home = 'https://e.example/';
const explainer: ArticlePage = {
  headline: 'The explainer',
  description: 'What it is.',
  url: home,
  modified: '2026-11-28',
  explainer: { headline: 'The explainer', url: home },
};
const argument: ArticlePage = { ...explainer, headline: 'One argument', url: `${home}arguments/one/`, modified: '2026-10-01' };

describe('JSON-LD', () => {
  it('describes a page as a schema.org Article with its headline, description, URL and date', () => {
    const data = articleJsonLd(argument);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'One argument',
      description: 'What it is.',
      url: argument.url,
      dateModified: '2026-10-01',
    });
  });

  it('places an argument page inside the explainer, and the explainer inside the site', () => {
    expect(articleJsonLd(argument).isPartOf).toEqual({ '@type': 'Article', headline: 'The explainer', url: home });
    expect(articleJsonLd(explainer).isPartOf).toEqual({ '@type': 'WebSite', name: site.name, url: home });
  });

  it('says every page is based on the essay, by Huang Jing of Shanghai International Studies University', () => {
    expect(articleJsonLd(explainer).isBasedOn).toEqual({
      '@type': 'CreativeWork',
      name: essay.title,
      author: {
        '@type': 'Person',
        name: 'Huang Jing',
        familyName: 'Huang',
        givenName: 'Jing',
        jobTitle: 'Distinguished Professor',
        affiliation: { '@type': 'CollegeOrUniversity', name: 'Shanghai International Studies University' },
      },
      isPartOf: { '@type': 'CreativeWork', name: 'Briefing Notes on the United States and the Asia-Pacific Region' },
    });
  });

  it('cannot be closed early by text that contains </script>', () => {
    expect(jsonLdText({ a: '</script><b>' })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
    expect(JSON.parse(jsonLdText({ a: '</script>' }))).toEqual({ a: '</script>' });
  });
});

describe('Highwire tags', () => {
  it('give the title, a corporate author, the date as Scholar writes it, and the page', () => {
    expect(Object.fromEntries(highwireTags(argument))).toEqual({
      citation_title: 'One argument',
      citation_author: site.name,
      citation_publication_date: '2026/10/01',
      citation_publisher: site.name,
      citation_language: 'en',
      citation_fulltext_html_url: argument.url,
      citation_abstract: 'What it is.',
    });
  });
});

describe('the explainer’s date', () => {
  it('is the latest change to any of its parts, and needs the masthead’s', () => {
    expect(explainerModified({ updated: '2026-01-02' }, [{ updated: '2026-03-01' }, {}, { updated: '2025-12-31' }])).toBe('2026-03-01');
    expect(() => explainerModified({}, [{ updated: '2026-03-01' }])).toThrow(/masthead/);
  });
});
