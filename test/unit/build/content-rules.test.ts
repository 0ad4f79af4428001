import { readFileSync } from 'node:fs';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../../../src/components/mdx';
import {
  checkArguments,
  contentRules,
  ELEMENTS_KEY,
  linkHosts,
  MIN_ARGUMENT_WORDS,
  sourceHosts,
  unknownElements,
  unknownElementsProblem,
} from '../../../src/lib/content-rules';
import { licence } from '../../../src/consts';
import { baseLinksPlugin } from '../../../src/build/mdast-base-links';
import { contentRulesPlugin } from '../../../src/build/mdast-content-rules';
import { glossary } from '../../../src/data/glossary';
import { sources } from '../../../src/data/sources';
import { readShared } from '../../support/shared';

const FILE = new URL('content/arguments/02-example.mdx', `file://${process.cwd()}/`);
const essay = readShared('source/essay.txt');
const rules = contentRules({ sources, glossary, essay });

/** Compile MDX through the same Sätteri plugins the build uses; returns the compiled JS and Astro's data. */
async function compile(mdx: string, base = '/', with_ = rules) {
  const frontmatter: Record<string, unknown> = {};
  const data = { astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } };
  const result = await mdxToJs(mdx, {
    mdastPlugins: [contentRulesPlugin(with_), baseLinksPlugin({ base })],
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
    const error = await compile(mdx).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/content\/arguments\/02-example\.mdx/);
    expect(error?.message).toMatch(message);
    expect((error as { hint?: string } | undefined)?.hint).toBeTruthy();
  });

  it('allows links within the site, to a host of the sources list, and the site’s components', async () => {
    const source = sources[0]!;
    const { frontmatter } = await compile(
      `Huang argues <Quote>x</Quote> (see [Background](/#background), [it](${source.url}) and [above](#top)).\n\n<Context>\nText.<Cite id="${source.id}" />\n</Context>\n`,
    );
    expect((frontmatter[ELEMENTS_KEY] as { name: string }[]).map(({ name }) => name)).toEqual(expect.arrayContaining(['Quote', 'Context', 'Cite']));
  });

  it('allows the licence’s host besides the sources’, and no other', () => {
    const allowed = linkHosts(sources, licence.url);
    expect(allowed.has('creativecommons.org')).toBe(true);
    expect(sourceHosts(sources).has('creativecommons.org')).toBe(false);
    expect([...allowed].filter((h) => !sourceHosts(sources).has(h))).toEqual(['creativecommons.org']);
    expect(contentRules({ sources, glossary: [], essay: undefined, licenceUrl: licence.url }).hosts).toEqual(allowed);
  });

  it('lets a file import one of the site’s components (a map, for its styles), which then needs no place in the map', async () => {
    const { frontmatter } = await compile('import BlocMap from \'../../src/components/BlocMap.astro\';\n\n<BlocMap view="reach" />\n');
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

/** The error a compile stops with, or undefined if it compiles. */
const stop = (mdx: string, with_ = rules) =>
  compile(mdx, '/', with_).then(
    () => undefined,
    (e: Error & { hint?: string }) => e,
  );

/** Sentences of the essay, as the one-sentence rule splits them. */
const sentences = essay.split(/(?<=[.?!])\s+(?=[A-Z])/).map((s) => s.trim());

describe('quotes, checked against the essay as the tests check them', () => {
  it('stops on a quote the essay does not contain, naming the file and line and what to do', async () => {
    const error = await stop('Huang argues.\n\nHe writes that <Quote>the statement is a legally abiding treaty</Quote>.\n');
    expect(error?.message).toMatch(
      /content\/arguments\/02-example\.mdx, line 3: the quotation “the statement is a legally abiding treaty” is not word for word in the essay/,
    );
    expect(error?.hint).toMatch(/Copy the words exactly from the essay/);
  });

  it('stops on a quote that runs past one sentence, even when both sentences are the essay’s', async () => {
    const i = sentences.findIndex((s, n) => n > 0 && s.length < 200 && (sentences[n - 1] ?? '').length < 200 && /^[A-Z]/.test(s));
    const twoSentences = `${sentences[i - 1]} ${sentences[i]}`;
    expect(essay.replace(/\s+/g, ' ')).toContain(twoSentences);
    const error = await stop(`Huang writes <Quote>${twoSentences}</Quote>\n`);
    expect(error?.message).toMatch(/line 1: the quotation “.*” runs past one sentence/);
    expect(error?.message).not.toMatch(/not word for word/);
  });

  it('takes straight quotation marks for the essay’s curly ones, and line breaks for spaces', async () => {
    const curly = /[^.?!\n]{12}[’”][^.?!\n]{12}/.exec(essay)?.[0];
    expect(curly).toBeDefined();
    const straight = curly!.replace(/’/g, "'").replace(/”/g, '"').replace(' ', '\n');
    expect(await stop(`Huang writes <Quote>${straight}</Quote>.\n`)).toBeUndefined();
  });

  it('keeps the essay’s own wording: a quote “corrected” from it is refused', async () => {
    const original = 'all the three countries face great uncertainty';
    expect(essay).toContain(original);
    expect(await stop(`Huang writes that <Quote>${original}</Quote>.\n`)).toBeUndefined();
    expect((await stop('Huang writes that <Quote>all three countries face great uncertainty</Quote>.\n'))?.message).toMatch(/not word for word in the essay/);
  });

  it('stops on an empty quote', async () => {
    expect((await stop('Huang writes <Quote></Quote>.\n'))?.message).toMatch(/line 1: an empty <Quote>/);
  });

  it('checks quotes without the essay only for length; the build then warns that they went unchecked', async () => {
    const without = contentRules({ sources, glossary, essay: undefined });
    expect(await stop('Huang writes that <Quote>words the essay never used</Quote>.\n', without)).toBeUndefined();
    expect((await stop(`Huang writes <Quote>${sentences[1]} ${sentences[2]}</Quote>\n`, without))?.message).toMatch(/runs past one sentence/);
  });
});

describe('citation and glossary ids, checked where they are written', () => {
  const cited = sources[0]!.id;
  it.each([
    [
      'an unknown source id, suggesting the likely one',
      `Text.<Cite id="${cited}x" />\n`,
      new RegExp(`line 1: <Cite id="${cited}x">: there is no source with the id "${cited}x" in src/data/sources\.ts`),
      new RegExp(`Did you mean id="${cited}"\?`),
    ],
    [
      'a source id nothing like a known one',
      'One.\n\nTwo.<Cite id="zzzz-qqqq-made-up" />\n',
      /line 3: <Cite id="zzzz-qqqq-made-up">: there is no source/,
      /For a new source, add its entry there first/,
    ],
    ['a <Cite> without an id', 'Text.<Cite />\n', /line 1: a <Cite> without an id/, /src\/data\/sources\.ts/],
    ['an id written as code', 'Text.<Cite id={x} />\n', /line 1: <Cite id=\{…\}>: the id is code/, /in quotation marks/],
    [
      'an unknown glossary id',
      'The <Term id="dprkk">DPRK</Term> is.\n',
      /line 1: <Term id="dprkk">: there is no glossary entry with the id "dprkk" in src\/data\/glossary\.ts/,
      /Did you mean id="dprk"\?/,
    ],
    ['a <Term> without an id', 'The <Term>DPRK</Term> is.\n', /line 1: a <Term> without an id/, /src\/data\/glossary\.ts/],
  ])('stops on %s, naming the file and line', async (_, mdx, message, hint) => {
    const error = await stop(mdx);
    expect(error?.message).toMatch(/^content\/arguments\/02-example\.mdx, /);
    expect(error?.message).toMatch(message);
    expect(error?.hint).toMatch(hint);
    // @astrojs/mdx turns these into the location Astro prints (file:line:column).
    expect(error).toMatchObject({ line: Number(/line (\d+)/.exec(error!.message)![1]), column: expect.any(Number) });
  });
});

describe('ordinary edits still build', () => {
  const file = readFileSync(new URL('../../../content/arguments/01-statement-not-treaty.mdx', import.meta.url), 'utf8');
  /** The file as Astro hands it to Sätteri: the frontmatter blanked, so lines keep their numbers. */
  const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/[^\n]/g, ' '));
  const builds = async (text: string, with_ = rules) => expect(await stop(body(text), with_)).toBeUndefined();

  it('the file as it is', () => builds(file));

  /** A line of plain prose in the body (no quote on it), which the edits below change. */
  const prose = body(file)
    .split('\n')
    .find((line) => /^[A-Z]/.test(line) && !line.includes('<Quote') && / the /.test(line));

  it('a typo fixed in prose', async () => {
    // Misspell a word, as a file may hold it, then fix it.
    expect(prose).toBeDefined();
    const typo = file.replace(prose!, prose!.replace(' the ', ' teh '));
    expect(typo).not.toBe(file);
    await builds(typo);
    await builds(typo.replace(' teh ', ' the '));
  });

  it('a sentence added with a citation the file already uses', async () => {
    const id = /<Cite id="([^"]+)"/.exec(file)?.[1];
    expect(id).toBeDefined();
    await builds(`${file}\nThe three leaders met again later.<Cite id="${id}" />\n`);
  });

  it('a new source added to the list and cited, with a link to its site', async () => {
    const added = { id: 'new-report-2026', title: 'A new report', publisher: 'A publisher', url: 'https://reports.example.org/new' };
    const withNew = contentRules({ sources: [...sources, added], glossary, essay });
    await builds(`${file}\nA new report says so,<Cite id="${added.id}" /> as [its summary](https://reports.example.org/summary) shows.\n`, withNew);
    expect((await stop(`Text.<Cite id="${added.id}" />\n`))?.message).toMatch(/no source with the id/);
  });

  it('an MDX comment, which publishes nothing', async () => {
    const { code } = await compile('Huang argues {/* note to self */} this.\n\n{/* a note\n   over two lines */}\n\n{// a line note\n}\n');
    expect(code).not.toMatch(/note/);
  });

  it('but not code next to a comment', async () => {
    expect((await stop('Text {/* note */ 1 + 1} more.\n'))?.message).toMatch(/line 1: curly braces/);
    expect((await stop('Text {/* a */ x /* b */} more.\n'))?.message).toMatch(/curly braces/);
  });

  it('a non-breaking space', async () => {
    const withNbsp = file.replace(prose!, prose!.replace(' the ', '\u00a0the '));
    expect(withNbsp).toContain('\u00a0');
    await builds(withNbsp);
  });
});

describe('the components map is the allow-list', () => {
  it('accepts every component the map provides, so a new component needs no other change', () => {
    expect(
      unknownElements(
        Object.keys(mdxComponents).map((name) => ({ name })),
        mdxComponents,
      ),
    ).toEqual([]);
  });

  it('refuses raw HTML and misspelt components', () => {
    const uses = (...names: string[]) => names.map((name) => ({ name }));
    expect(unknownElements(uses('Quote', 'div', 'Quot', 'span'), mdxComponents).map(({ name }) => name)).toEqual(['div', 'Quot', 'span']);
    expect(unknownElements(uses('toString', 'constructor'), mdxComponents).map(({ name }) => name)).toEqual(['toString', 'constructor']);
  });

  it('names the file and the line of a misspelt component, and what content may use', () => {
    const problem = unknownElementsProblem('content/arguments/03-x.mdx', [{ name: 'Quot', line: 14 }], mdxComponents);
    expect(problem.message).toBe('content/arguments/03-x.mdx, line 14: uses <Quot>, which is not among the site’s content components.');
    expect(problem.hint).toContain('<Quote>');
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
