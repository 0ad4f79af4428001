import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../../../src/components/mdx';
import { checkArguments, MIN_ARGUMENT_WORDS, sourceHosts, unknownElements } from '../../../src/build/content-rules';
import { baseLinksPlugin } from '../../../src/build/mdast-base-links';
import { contentRulesPlugin, ELEMENTS_KEY } from '../../../src/build/mdast-content-rules';
import { sources } from '../../../src/data/sources';

const FILE = new URL('content/arguments/02-example.mdx', `file://${process.cwd()}/`);
const hosts = sourceHosts(sources);

/** Compile MDX through the same Sätteri plugins the build uses; returns the compiled JS and Astro's data. */
async function compile(mdx: string, base = '/') {
  const frontmatter: Record<string, unknown> = {};
  const data = { astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } };
  const result = await mdxToJs(mdx, {
    mdastPlugins: [contentRulesPlugin({ hosts }), baseLinksPlugin({ base })],
    fileURL: FILE,
    data,
  });
  return { code: result.code, frontmatter };
}

describe('content rules, as the build applies them to an MDX file', () => {
  it.each([
    ['a <script>', 'Huang argues.\n\n<script>alert(1)</script>\n', /line 3: a raw <script> element/],
    ['a <style>', 'Text.\n\n<style>{`p{}`}</style>\n', /raw <style> element/],
    ['an <iframe>', 'Text <iframe src="https://example.org" /> more.\n', /line 1: a raw <iframe> element/],
    ['an event handler', 'Text <Quote onClick="x">words</Quote>.\n', /event-handler attribute onClick="…" on <Quote>/],
    ['an import from outside the site’s components', "import X from '../x.astro';\n\nText.\n", /content may import only the site’s own components/],
    ['an export', 'export const x = 1;\n\nText.\n', /content may import only the site’s own components \(from src\/components\/\), and export nothing/],
    ['an expression', 'Text {1 + 1} more.\n', /curly braces/],
    ['a link to an unknown host', 'See [this](https://unknown.example/page).\n', /a link to unknown\.example, which is not a host of the sources list/],
    ['a javascript: link', 'See [this](javascript:alert(1)).\n', /not a web page on this site or a source/],
    ['an outside image', '![x](https://unknown.example/x.png)\n', /an image from/],
  ])('stops the build on %s, naming the file and line', async (_, mdx, message) => {
    const error = await compile(mdx).then(() => undefined, (e: Error) => e);
    expect(error?.message).toMatch(/content\/arguments\/02-example\.mdx/);
    expect(error?.message).toMatch(message);
    expect((error as { hint?: string } | undefined)?.hint).toBeTruthy();
  });

  it('allows links within the site, to a host of the sources list, and the site’s components', async () => {
    const source = sources[0]!;
    const { frontmatter } = await compile(
      `Huang argues <Quote>x</Quote> (see [Background](/#background), [it](${source.url}) and [above](#top)).\n\n<Context>\nText.<Cite id="${source.id}" />\n</Context>\n`,
    );
    expect(frontmatter[ELEMENTS_KEY]).toEqual(expect.arrayContaining(['Quote', 'Context', 'Cite']));
  });

  it('lets a file import one of the site’s components (a map, for its styles), which then needs no place in the map', async () => {
    const { frontmatter } = await compile("import BlocMap from '../../src/components/BlocMap.astro';\n\n<BlocMap view=\"reach\" />\n");
    expect(frontmatter[ELEMENTS_KEY]).toEqual([]);
  });

  it('gives root-relative content links the base path, and leaves the rest alone', async () => {
    const { code } = await compile('[a](/#background), [b](/arguments/x/), [c](#sources), [d][r]\n\n[r]: /\n', '/explainer/');
    expect(code).toContain('"/explainer/#background"');
    expect(code).toContain('"/explainer/arguments/x/"');
    expect(code).toContain('"#sources"');
    expect(code).toContain('"/explainer/"');
  });
});

describe('the components map is the allow-list', () => {
  it('accepts every component the map provides, so a new component needs no other change', () => {
    expect(unknownElements(Object.keys(mdxComponents), mdxComponents)).toEqual([]);
  });

  it('refuses raw HTML and misspelt components', () => {
    expect(unknownElements(['Quote', 'div', 'Quot', 'span'], mdxComponents)).toEqual(['div', 'Quot', 'span']);
    expect(unknownElements(['toString', 'constructor'], mdxComponents)).toEqual(['toString', 'constructor']);
  });
});

describe('the arguments as a set', () => {
  const entry = (number: number, words: number, file = `content/arguments/0${number}-a.mdx`) => ({ file, number, words });

  it('passes five full arguments', () => {
    expect(checkArguments([1, 2, 3, 4, 5].map((n) => entry(n, MIN_ARGUMENT_WORDS)))).toEqual([]);
  });

  it('names an argument with no body', () => {
    const [problem] = checkArguments([entry(1, 0)]);
    expect(problem?.message).toBe('content/arguments/01-a.mdx has no text.');
  });

  it('names an argument under the minimum, with its count', () => {
    const [problem] = checkArguments([entry(2, 12)]);
    expect(problem?.message).toBe(`content/arguments/02-a.mdx has 12 words; an argument needs at least ${MIN_ARGUMENT_WORDS}.`);
  });

  it('names both files that share a number', () => {
    const [problem] = checkArguments([entry(3, 400), entry(3, 400, 'content/arguments/06-copy.mdx')]);
    expect(problem?.message).toBe('content/arguments/03-a.mdx and content/arguments/06-copy.mdx both have number: 3.');
  });
});
