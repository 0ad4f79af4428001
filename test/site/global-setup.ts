import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroRun } from '../support/astro-run';
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

interface SharedBuild {
  ready: Promise<{ distDir: string; siteUrl: string; close: () => Promise<void> }>;
  users: number;
}

/**
 * Build into a temporary folder (so a production build in dist/ is never overwritten) and
 * serve it on loopback.
 */
async function buildAndServe() {
  const outDir = mkdtempSync(join(tmpdir(), 'explainer-dist-'));
  // The tests assert absolute URLs, so they build for the default origin whatever the shell says.
  const { code, output } = await astroRun(['build', '--silent', '--outDir', outDir], { SITE_URL: SITE_ORIGIN });
  if (code !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`astro build failed:\n${output}`);
  }
  const distDir = `${outDir}/`;
  const server = await serveDist(distDir);
  return {
    distDir,
    siteUrl: server.url,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * Build the site once per run for every project that reads it (site and builds). Global setups
 * of all projects run in this one process, one after the other, so the second finds the first's
 * build here and shares it; the last teardown removes it.
 */
export default async function setup(project: TestProject) {
  const holder = globalThis as { explainerBuild?: SharedBuild };
  const shared = (holder.explainerBuild ??= { ready: buildAndServe(), users: 0 });
  shared.users += 1;
  const { distDir, siteUrl, close } = await shared.ready;
  project.provide('distDir', distDir);
  project.provide('siteUrl', siteUrl);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete holder.explainerBuild;
    await close();
  };
}
