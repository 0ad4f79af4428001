import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertToTsx } from '@astrojs/astro2tsx';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * dependency-cruiser reads TypeScript but not .astro files. A copy of src/ in which each
 * `X.astro` becomes `X.astro.tsx` (its frontmatter and <script>s, as the Astro language tools
 * convert them) lets it see every import: `import Y from './X.astro'` resolves to the copy by
 * the `.tsx` extension, and the reported paths are src/'s own once the suffix is dropped.
 */
function astroReadableCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'));
  cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true });
  cpSync(join(root, 'astro.config.mjs'), join(dir, 'astro.config.mjs'));
  for (const entry of readdirSync(join(dir, 'src'), { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.astro')) continue;
    const file = join(dir, 'src', entry);
    const { code, scripts } = convertToTsx(readFileSync(file, 'utf8'), { filename: file });
    writeFileSync(`${file}.tsx`, [code, ...scripts.map((script) => script.content)].join('\n'));
    rmSync(file);
  }
  return dir;
}

const copy = astroReadableCopy();
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const config = await extractDepcruiseConfig(join(root, '.dependency-cruiser.cjs'));
const { output } = await cruise(
  ['src', 'astro.config.mjs'],
  { ...config.options, baseDir: copy, validate: true, ruleSet: config },
  { extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] },
);
const result = output as ICruiseResult;
const own = (path: string) => path.replace(/\.astro\.tsx$/, '.astro');

describe('the folders of src/ form layers (.dependency-cruiser.cjs)', () => {
  it('reads the imports of every .astro file too', () => {
    const page = result.modules.find((module) => own(module.source) === 'src/pages/index.astro');
    expect(page?.dependencies.map((d) => own(d.resolved))).toContain('src/layouts/Page.astro');
    const copyScript = result.modules.find((module) => own(module.source) === 'src/components/CopyScript.astro');
    expect(copyScript?.dependencies.map((d) => d.resolved)).toContain('src/scripts/copy-link.ts');
  });

  it('has no import against the layers, and no two modules importing each other', () => {
    const violations = result.summary.violations.map(
      (v) => `${v.rule.name}: ${own(v.from)} → ${own(v.to)}${v.cycle ? ` (cycle: ${v.cycle.map((c) => own(c.name)).join(' → ')})` : ''}`,
    );
    expect(violations).toEqual([]);
  });

  it('sees every module of src/', () => {
    const seen = new Set(result.modules.map((module) => own(module.source)));
    const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((entry) => /\.(ts|astro)$/.test(entry) && !entry.endsWith('.d.ts'))
      .map((entry) => relative(root, join(root, 'src', entry)));
    expect(files.filter((file) => !seen.has(file))).toEqual([]);
  });
});
