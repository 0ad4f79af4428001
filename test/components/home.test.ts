import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as OutlineModule from '../../src/lib/outline';
import { SITE_ORIGIN } from '../support/pinned';

/** `/` with its Glossary moved up, before the arguments: one edit to the outline. */
const REORDERED = ['brief', 'background', 'glossary', 'arguments', 'next', 'about', 'cite', 'sources'] as const;

vi.mock('astro:content', () => import('../support/content-collections'));
vi.mock('../../src/lib/outline', async (importOriginal) => ({ ...(await importOriginal<typeof OutlineModule>()), OUTLINE: REORDERED }));

const { argumentFiles } = await import('../../src/lib/content-index');
const { FRONT_ANCHOR } = await import('../../src/lib/slug');
const Home = (await import('../../src/pages/index.astro')).default;

let doc: HTMLElement;
beforeAll(async () => {
  const container = await AstroContainer.create({ astroConfig: { site: SITE_ORIGIN } });
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  doc = parse(await container.renderToString(Home));
}, 60_000);

/** The number a citation mark shows (a button in the text, a link in a figure or the glossary). */
const shown = (mark: HTMLElement) => Number(mark.text.replace(/\D/g, ''));

describe('/ from a reordered outline', () => {
  const expected = REORDERED.flatMap((section) => (section === 'arguments' ? argumentFiles.map((f) => f.data.slug) : [FRONT_ANCHOR[section]]));

  it('lays the sections out in the outline’s order, and the contents list follows', () => {
    expect(doc.querySelectorAll('.full-read__body > section').map((s) => s.id)).toEqual(expected);
    // About's list of updates and corrections has its own line in the contents, after About.
    const listed = expected.flatMap((id) => (id === FRONT_ANCHOR.about ? [id, FRONT_ANCHOR.corrections] : [id]));
    expect(doc.querySelectorAll('.contents__list a').map((a) => a.getAttribute('href'))).toEqual(listed.map((id) => `#${id}`));
  });

  it('numbers the sources by first citation in the new order: the glossary’s now come before the arguments’', () => {
    const marks = doc.querySelectorAll('sup.cite button, sup.cite a');
    /** Where each number is first shown: the section of `/` its first mark sits in. */
    const firstShownIn = new Map<number, string>();
    for (const mark of marks) if (!firstShownIn.has(shown(mark))) firstShownIn.set(shown(mark), mark.closest('.full-read__body > section')!.id);
    const firsts = [...firstShownIn.keys()];
    expect(firsts).toEqual(firsts.map((_, i) => i + 1));
    const slugs = new Set(argumentFiles.map((f) => f.data.slug));
    const byGlossary = firsts.filter((n) => firstShownIn.get(n) === FRONT_ANCHOR.glossary);
    const byArguments = firsts.filter((n) => slugs.has(firstShownIn.get(n)!));
    expect(byGlossary.length).toBeGreaterThan(0);
    expect(Math.max(...byGlossary)).toBeLessThan(Math.min(...byArguments));
    // Each entry of the sources list carries the number its marks show.
    for (const mark of marks) {
      const target = mark.getAttribute('popovertarget') ?? mark.getAttribute('href')!.slice(1);
      expect(doc.querySelector(`.sources__list > li#${target}`)!.getAttribute('value')).toBe(String(shown(mark)));
    }
  });
});
