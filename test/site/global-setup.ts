import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { SITE_ORIGIN } from '../support/pinned';
import { serveDist } from '../support/serve-dist';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the freshly built site. */
    distDir: string;
    /** Loopback origin serving distDir. */
    siteUrl: string;
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const BUILD_TIMEOUT_MS = 170_000;

/**
 * Build the site once for every dist and browser test, into a temporary folder so a
 * production build in dist/ is never overwritten, then serve it on loopback.
 */
export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'explainer-dist-'));
  const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
  const result = spawnSync(process.execPath, [astro, 'build', '--silent', '--outDir', outDir], {
    cwd: root,
    // The tests assert absolute URLs, so they build for the default origin whatever the shell says.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: SITE_ORIGIN },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
  });
  if (result.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`astro build failed:\n${result.error ?? ''}\n${result.stdout}\n${result.stderr}`);
  }
  const distDir = `${outDir}/`;
  const server = await serveDist(distDir);
  project.provide('distDir', distDir);
  project.provide('siteUrl', server.url);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
