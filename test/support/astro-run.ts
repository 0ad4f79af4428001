import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const TIMEOUT_MS = 170_000;

/** Run `astro <args>` in `cwd` (the repository by default); resolves with its exit code and all it printed. */
export function astroRun(args: string[], env: Record<string, string> = {}, cwd = root): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astro, ...args], { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, timeout: TIMEOUT_MS });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/**
 * A copy of the repository's sources in `dir`, with its own build caches, for a build or sync
 * that runs beside another: Astro writes its prerender chunks (.astro/) and content store
 * (node_modules/.astro/) inside the project, so two builds in one folder overwrite each other's.
 * Packages are linked one by one from the repository's node_modules; the caches are not.
 */
export function repositoryCopy(dir: string): string {
  for (const part of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, part), join(dir, part), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== '.astro' && entry !== '.vite') symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}
