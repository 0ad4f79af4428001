import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Docs and comments drift when files move: every `src/…`, `test/…`, `content/…` or `docs/…`
 * path named in a doc (README.md, CONTRIBUTING.md, docs/) or in a comment of the code must
 * exist. A path with a placeholder (`<view>`, `NN-`, `…`, `*`, `{a,b}`) must at least have its folder.
 */

const ROOT = process.cwd();
const ROOTS = ['src', 'test', 'content', 'docs'];
const CODE = /\.(ts|mjs|js|astro|css)$/;

function filesUnder(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(join(ROOT, path)).isFile());
}

/** The text of a code file's comments: block and line comments, and HTML comments in a component. */
function commentsOf(file: string, code: string): string {
  const comments = code.match(/\/\*[\s\S]*?\*\/|(?<![:\w'"`\\])\/\/.*$/gm) ?? [];
  const html = file.endsWith('.astro') ? (code.match(/<!--[\s\S]*?-->/g) ?? []) : [];
  return [...comments, ...html].join('\n');
}

/** Every repository path the text names, as written, without trailing punctuation. */
function pathsIn(text: string): string[] {
  const found = text.match(/(?<![\w./@-])(?:src|test|content|docs)\/[\w./<>*{},…[\]-]*/g) ?? [];
  return found.map((path) => path.replace(/[.,:)\]]+$/, '').replace(/,$/, ''));
}

/** Whether a named path exists; for a pattern, whether the folder before its first placeholder does. */
function pathExists(path: string, root = ROOT): boolean {
  const parts = path.split('/');
  const wild = parts.findIndex((part) => /[<>*{}…]|^NN/.test(part));
  const named = wild === -1 ? parts : parts.slice(0, wild);
  return existsSync(join(root, ...named));
}

/** Each doc or code file with the paths it names that do not exist. */
function stalePaths(files: { file: string; text: string }[], root = ROOT): string[] {
  return files.flatMap(({ file, text }) =>
    pathsIn(CODE.test(file) ? commentsOf(file, text) : text)
      .filter((path) => !pathExists(path, root))
      .map((path) => `${file}: ${path}`),
  );
}

/** File names a comment gives without a root (`tokens.ts`, `views/key.ts`), as their last part. */
function fileNamesIn(comments: string): string[] {
  const found = comments.match(/(?<![\w.:/@-])(?:[\w-]+\/)*\w[\w.-]*\.(?:ts|astro|css|mjs|mdx|md)\b/g) ?? [];
  return found
    .filter((name) => !ROOTS.some((root) => name.startsWith(`${root}/`)))
    .map((name) => name.split('/').at(-1)!)
    .filter((name) => !/^[A-Z]\./.test(name)); // `X.astro`: a placeholder for any component
}

/** Files the code names that live outside the repository, in the shared folder beside it. */
const SHARED_FILES = new Set(['facts.md']);

/** Each code file with the file names its comments give that name no file of the repository. */
function staleNames(files: { file: string; text: string }[], names: ReadonlySet<string>): string[] {
  return files.flatMap(({ file, text }) =>
    fileNamesIn(commentsOf(file, text))
      .filter((name) => !names.has(name) && !SHARED_FILES.has(name))
      .map((name) => `${file}: ${name}`),
  );
}

function read(file: string) {
  return { file, text: readFileSync(join(ROOT, file), 'utf8') };
}

const docs = ['README.md', 'CONTRIBUTING.md', ...filesUnder('docs').filter((f) => f.endsWith('.md'))].filter((file) => existsSync(join(ROOT, file))).map(read);
const names = new Set(['.', ...ROOTS].flatMap((dir) => (dir === '.' ? readdirSync(ROOT) : filesUnder(dir).map((path) => path.split('/').at(-1)!))));
// This file plants missing paths on purpose, so it is the one file not read.
const code = [...filesUnder('src'), ...filesUnder('test'), 'astro.config.mjs', 'vitest.config.ts']
  .filter((file) => CODE.test(file) && file !== 'test/unit/doc-paths.test.ts' && existsSync(join(ROOT, file)))
  .map(read);

describe('paths named in docs and comments', () => {
  it('reads the docs and the code', () => {
    expect(docs.map((d) => d.file)).toContain('README.md');
    expect(code.length).toBeGreaterThan(100);
  });

  it('every path a doc names exists', () => {
    expect(stalePaths(docs)).toEqual([]);
  });

  it('every path a comment in src/ or test/ names exists', () => {
    expect(stalePaths(code)).toEqual([]);
  });

  it('every file name a comment gives names a file of the repository', () => {
    expect(staleNames(code, names)).toEqual([]);
  });

  it('catches a planted stale path, in a doc and in a comment, and only in comments of code', () => {
    const planted = [
      { file: 'docs/planted.md', text: 'See `src/lib/no-such-module.ts`, and `src/lib/outline.ts`.' },
      { file: 'src/planted.ts', text: '// proved by test/unit/no-such.test.ts\nconst p = "test/unit/not-a-comment.ts";' },
      { file: 'src/planted.astro', text: '<!-- drawn in src/components/map/NoSuch.astro -->' },
    ];
    expect(stalePaths(planted)).toEqual([
      'docs/planted.md: src/lib/no-such-module.ts',
      'src/planted.ts: test/unit/no-such.test.ts',
      'src/planted.astro: src/components/map/NoSuch.astro',
    ]);
  });

  it('catches a planted file name that names no file, and passes one that does', () => {
    const planted = [{ file: 'src/planted.ts', text: '/** Written as CSS by css/tokens.css.ts; read by outline.ts and timeline.css. */' }];
    expect(staleNames(planted, names)).toEqual(['src/planted.ts: tokens.css.ts', 'src/planted.ts: timeline.css']);
  });

  it('reads a placeholder as its folder, and a folder or route file as itself', () => {
    expect(pathExists('src/lib/geo/views/<view>.ts')).toBe(true);
    expect(pathExists('content/arguments/NN-<slug>.mdx')).toBe(true);
    expect(pathExists('src/pages/arguments/[slug].astro')).toBe(true);
    expect(pathExists('src/pages/*.ts')).toBe(true);
    expect(pathExists('src/no-such-folder/<view>.ts')).toBe(false);
    expect(pathExists('test/support/')).toBe(true);
  });
});
