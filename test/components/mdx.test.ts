import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { mdxComponents } from '../../src/components/mdx';
import { pageLocals } from '../support/page-context';
import { SITE_ORIGIN } from '../support/pinned';

type MdxModule = { default: Parameters<AstroContainer['renderToString']>[0]; frontmatter: { slug: string } };
const modules = import.meta.glob<MdxModule>('../../content/arguments/*.mdx', { eager: true });
const files = Object.entries(modules).map(([file, mod]) => ({ file: file.split('/').pop()!, mod }));

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ astroConfig: { site: SITE_ORIGIN } });
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
});

describe('argument MDX rendered with the site’s components', () => {
  it('finds the five arguments', () => {
    expect(files).toHaveLength(5);
  });

  it.each(files)('$file marks its quotes as <q>, cites numbered sources and carries both notes', async ({ mod }) => {
    const html = await container.renderToString(mod.default, { locals: pageLocals('full'), props: { components: mdxComponents } });
    expect(html).toMatch(/<q class="quote" data-quote>[^<]{3,}<\/q>/);
    expect(html).toMatch(
      /<sup class="cite"><button type="button" id="cite-(\d+)-\d+" popovertarget="source-\1"><span class="visually-hidden">Source <\/span>\1<\/button><\/sup>/,
    );
    // Every mark's id is unique on the page (the entries they open are in the sources list).
    const ids = [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).toContain('class="note note--context"');
    expect(html).toContain('class="note note--since"');
    expect(html).not.toMatch(/<h[12]/);
  });
});
