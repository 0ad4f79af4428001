import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ArgumentNav from '../../src/components/ArgumentNav.astro';
import Contents from '../../src/components/Contents.astro';
import CopyLink from '../../src/components/CopyLink.astro';
import PrintAddress from '../../src/components/PrintAddress.astro';
import PrintButton from '../../src/components/PrintButton.astro';
import SectionHeading from '../../src/components/SectionHeading.astro';
import SourcesList from '../../src/components/SourcesList.astro';
import Cite from '../../src/components/mdx/Cite.astro';
import Context from '../../src/components/mdx/Context.astro';
import Quote from '../../src/components/mdx/Quote.astro';
import SinceThen from '../../src/components/mdx/SinceThen.astro';
import { contextAsOf } from '../../src/data/essay';
import { numbers as citations, pageLocals } from '../support/page-context';
import { SITE_ORIGIN } from '../support/pinned';

const full = { locals: pageLocals('full') };

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ astroConfig: { site: SITE_ORIGIN } });
});

describe('SectionHeading', () => {
  it('is a heading with an id and a permalink to its own section, named for screen readers', async () => {
    const html = await container.renderToString(SectionHeading, { props: { id: 'x-y', title: 'A title' } });
    expect(html).toMatch(/<h2 id="x-y-title"[^>]*>A title<\/h2>/);
    expect(html).toContain('href="#x-y"');
    expect(html).toContain('Link to “A title”');
  });

  it('can be a level-3 heading', async () => {
    const html = await container.renderToString(SectionHeading, { props: { id: 'z', title: 'T', level: 3 } });
    expect(html).toMatch(/<h3 id="z-title"/);
  });
});

describe('CopyLink', () => {
  it('ships laid out but not ready (so revealing it shifts nothing), with the absolute share URL and title', async () => {
    const html = await container.renderToString(CopyLink, {
      props: { path: '/arguments/x/', title: 'A title', label: 'argument 1' },
    });
    const control = html.match(/<span class="copy-link[^>]*>/)![0];
    expect(control).not.toMatch(/\bhidden\b|data-ready/);
    expect(html).toContain(`data-url="${SITE_ORIGIN}/arguments/x/"`);
    expect(html).toContain('data-title="A title"');
  });

  it('names the button in its content and has a status region for the result', async () => {
    const html = await container.renderToString(CopyLink, {
      props: { path: '/arguments/x/', title: 'A title', label: 'argument 1' },
    });
    expect(html).not.toContain('aria-label');
    expect(html).toMatch(/<button[^>]*>.*Copy link.*to argument 1.*<\/button>/);
    expect(html).toContain('role="status"');
  });
});

describe('PrintButton', () => {
  it('is a real button, named in its content, that the script reveals', async () => {
    const html = await container.renderToString(PrintButton);
    expect(html).toMatch(/<span class="print-button[^"]*"[^>]*data-print-button/);
    expect(html).toMatch(/<button type="button"[^>]*>Print or save as PDF<\/button>/);
  });
});

describe('PrintAddress', () => {
  it('prints absolute addresses, for paper only, with an optional closing note', async () => {
    const html = await container.renderToString(PrintAddress, {
      props: {
        addresses: [
          { label: 'This argument', path: '/arguments/x/' },
          { label: 'The whole explainer', path: '/' },
        ],
        note: 'as of May',
      },
    });
    expect(html).toMatch(/<p class="print-only print-address"/);
    expect(html).toContain(`This argument: <a href="${SITE_ORIGIN}/arguments/x/">${SITE_ORIGIN}/arguments/x/</a>`);
    expect(html).toContain(`The whole explainer: <a href="${SITE_ORIGIN}/">${SITE_ORIGIN}/</a>`);
    expect(html).toContain('as of May');
  });
});

describe('Quote and Cite', () => {
  it('marks a quotation with <q> and adds no quotation marks of its own', async () => {
    const html = await container.renderToString(Quote, { slots: { default: 'only an expression of intent' } });
    expect(html).toMatch(/<q class="quote" data-quote>only an expression of intent<\/q>/);
  });

  it('follows a quotation with a link to its words by text fragment, encoded as the directive needs', async () => {
    const html = await container.renderToString(Quote, { slots: { default: 'state-heads’ &amp; more, later' } });
    // No argument holds these words in a component test, so the link falls back to the full read.
    expect(html).toContain('href="/#:~:text=state%2Dheads%E2%80%99%20%26%20more%2C%20later"');
    expect(html).toMatch(/<a [^>]*>.*Link to this quote.*<\/a><span role="status"/);
  });

  it('links a quotation to its own argument page, falling back to the argument’s anchor', async () => {
    const words = 'only an expression of intent by the three leaders instead of a formal treaty';
    const html = await container.renderToString(Quote, { slots: { default: words } });
    expect(html).toContain(`href="/arguments/statement-not-treaty/#statement-not-treaty:~:text=${encodeURIComponent(words)}"`);
  });

  it('numbers a citation by the site’s citation order and opens its source’s entry in the sources list', async () => {
    const n = citations.list.length;
    const html = await container.renderToString(Cite, { ...full, props: { id: citations.list.at(-1)!.id } });
    expect(html).toContain(`<button type="button" id="cite-${n}-1" popovertarget="source-${n}"><span class="visually-hidden">Source </span>${n}</button>`);
  });

  it('inside a figure, is a plain link to the entry with an id of the figure’s', async () => {
    const last = citations.list.at(-1)!;
    const html = await container.renderToString(Cite, { ...full, props: { id: last.id, figure: 'map-x' } });
    expect(html).toContain(`<a id="map-x-cite-${citations.list.length}-1" href="#source-${citations.list.length}">`);
    expect(html).not.toContain('popovertarget');
  });

  it('gives each mark of a source on a page its own id', async () => {
    const { id } = citations.list[0]!;
    const Two = await import('./fixtures/TwoCites.astro');
    const html = await container.renderToString(Two.default, { ...full, props: { id } });
    expect(html).toContain('id="cite-1-1"');
    expect(html).toContain('id="cite-1-2"');
  });

  it('refuses an unknown source', async () => {
    await expect(container.renderToString(Cite, { ...full, props: { id: 'no-such-source' } })).rejects.toThrow(/no-such-source/);
  });
});

describe('notes', () => {
  it('label Context and Since then, the latter with the date the facts run to', async () => {
    const context = await container.renderToString(Context, { ...full, slots: { default: '<p>Fact.</p>' } });
    const since = await container.renderToString(SinceThen, { ...full, slots: { default: '<p>Later.</p>' } });
    expect(context).toMatch(/<h3 class="note__title">\s*Context/);
    expect(since).toMatch(new RegExp(`Since then[\\s\\S]*as of ${contextAsOf}`));
    expect(since).toContain('<p>Later.</p>');
  });
});

describe('SourcesList', () => {
  it('keeps each source’s global number and anchor when showing a subset', async () => {
    const shown = [citations.list.at(-1)!];
    const html = await container.renderToString(SourcesList, { ...full, props: { shown, places: new Map() } });
    // Cited by no mark on this page, the entry is no popover: nothing opens it.
    expect(html).toContain(`<li id="source-${citations.list.length}" value="${citations.list.length}">`);
    expect(html.match(/<li /g)).toHaveLength(1);
    expect(html).toContain(`href="${shown[0]!.url}"`);
  });

  it('links each entry back to every place on the page that cites it, lettered when there are several', async () => {
    const [one, two] = citations.list;
    const places = new Map([
      [one!.id, { marks: 1, figures: [] }],
      [two!.id, { marks: 2, figures: ['map-alignments'] }],
    ]);
    const html = await container.renderToString(SourcesList, { ...full, props: { shown: [one!, two!], places } });
    expect(html).toContain(
      `<a class="sources__back" href="#cite-1-1"><span aria-hidden="true">↩</span><span class="visually-hidden">Back to the citation</span></a>`,
    );
    const backs = [...html.matchAll(/<a href="(#[^"]+)"><span class="visually-hidden">Back to (\w+) <\/span>(\w)<\/a>/g)].map((m) => m.slice(1).join(' '));
    expect(backs).toEqual(['#cite-2-1 citation a', '#cite-2-2 citation b', '#map-alignments figure c']);
    // The entry is itself what the source's marks open: one popover per entry, no copy of it.
    expect(html).toMatch(new RegExp(`<li id="source-2" value="2" popover><a href="${two!.url.replace(/[.?+()]/g, '\\$&')}" class="sources__title">`));
    expect(html.match(/ popover[ >]/g)).toHaveLength(2);
  });
});

describe('Contents', () => {
  it('lists every section as an in-page link, numbering the arguments', async () => {
    const items = [
      { id: 'in-brief', label: 'In brief' },
      { id: 'statement-not-treaty', label: 'A statement', number: 1 },
    ];
    const html = await container.renderToString(Contents, { props: { items } });
    expect(html).toContain('href="#in-brief"');
    expect(html).toContain('href="#statement-not-treaty"');
    expect(html).toContain('Argument 1: </span>');
    expect(html).toMatch(/<nav[^>]*aria-labelledby="contents-title"/);
  });
});

describe('ArgumentNav', () => {
  const entry = (number: number, slug: string) => ({ data: { number, slug, short: `Short ${number}` } });

  it('links to the previous and next arguments', async () => {
    const html = await container.renderToString(ArgumentNav, {
      props: { previous: entry(1, 'first'), next: entry(3, 'third'), briefTitle: 'In brief', aboutTitle: 'About' },
    });
    expect(html).toContain('href="/arguments/first/" rel="prev"');
    expect(html).toContain('href="/arguments/third/" rel="next"');
  });

  it('leads back to the start and on to the end at the ends of the list', async () => {
    const html = await container.renderToString(ArgumentNav, { props: { briefTitle: 'In brief', aboutTitle: 'About' } });
    expect(html).toMatch(/href="\/#in-brief"><span[^>]*>Start<\/span>In brief</);
    expect(html).toMatch(/href="\/#about"><span[^>]*>End<\/span>About</);
  });
});
