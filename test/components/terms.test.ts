import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Glossary from '../../src/components/Glossary.astro';
import TermDefinitions from '../../src/components/TermDefinitions.astro';
import Term from '../../src/components/mdx/Term.astro';
import { glossary } from '../../src/data/glossary';
import { numbers, pageLocals } from '../support/page-context';
import { SITE_ORIGIN } from '../support/pinned';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ astroConfig: { site: SITE_ORIGIN } });
});

describe('Term', () => {
  it('is a button around the word that opens its term’s glossary entry (on /)', async () => {
    const html = await container.renderToString(Term, { locals: pageLocals('full'), props: { id: 'rok' }, slots: { default: 'ROK' } });
    expect(html.trim()).toBe('<button type="button" class="term" popovertarget="term-rok">ROK</button>');
  });

  it('on an argument’s own page, which has no glossary, opens the term’s own card instead, and points at its hover preview', async () => {
    const html = await container.renderToString(Term, { locals: pageLocals('alone'), props: { id: 'rok' }, slots: { default: 'ROK' } });
    expect(html.trim()).toBe('<button type="button" class="term" popovertarget="term-def-rok" interestfor="hint-term-rok">ROK</button>');
  });

  it('fails the build on an unknown id', async () => {
    await expect(container.renderToString(Term, { locals: pageLocals('full'), props: { id: 'nope' }, slots: { default: 'x' } })).rejects.toThrow(/nope/);
  });
});

describe('TermDefinitions', () => {
  it('renders one popover per id, named by its term, with a close button and a link to the glossary', async () => {
    const html = await container.renderToString(TermDefinitions, { props: { ids: ['sco', 'rok'] } });
    expect(html.match(/ popover /g)).toHaveLength(2);
    expect(html).toMatch(/<div id="term-def-sco" popover class="term-def"><p class="term-def__head"><strong>SCO<\/strong>/);
    expect(html).toContain('Shanghai Cooperation Organisation. A Eurasian organisation');
    expect(html).toMatch(/popovertarget="term-def-rok" popovertargetaction="hide"/);
    expect(html).toContain('href="/#term-rok"');
  });
});

describe('Glossary', () => {
  it('lists every entry at #term-<id> with its definition and its citation', async () => {
    const html = await container.renderToString(Glossary, { locals: pageLocals('full'), props: { opened: [] } });
    expect(html).toMatch(/<section id="glossary"/);
    for (const entry of glossary) {
      expect(html).toContain(`id="term-${entry.id}"`);
      expect(html).toContain(entry.definition);
    }
    const diet = numbers.numberOf('wikipedia-national-diet');
    expect(html).toMatch(new RegExp(`id="term-diet"[\\s\\S]*?<sup class="cite"><a id="glossary-cite-${diet}-1" href="#source-${diet}">`));
    expect(html).toMatch(/id="term-multipolarity"[\s\S]*?Explained as the essay uses it/);
    // No term on the page opens an entry: none is a popover, none has a close button.
    expect(html).not.toMatch(/ popover[ >]|<button/);
  });

  it('makes each entry that the page’s terms open the popover they open, with a close button', async () => {
    const html = await container.renderToString(Glossary, { locals: pageLocals('full'), props: { opened: ['rok', 'sco'] } });
    expect(html.match(/ popover[ >]/g)).toHaveLength(2);
    expect(html).toContain(
      '<div id="term-rok" class="glossary__entry" popover><dt><dfn>ROK</dfn><button type="button" popovertarget="term-rok" popovertargetaction="hide" aria-label="Close">×</button></dt>',
    );
    expect(html).toMatch(/<div id="term-sco" class="glossary__entry" popover>/);
    expect(html).toMatch(/<div id="term-quad" class="glossary__entry"><dt><dfn>Quad<\/dfn><\/dt>/);
  });
});
