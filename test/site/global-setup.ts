import { spawnSync } from 'node:child_process';
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
const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Build the site once for every dist and browser test, then serve it on loopback. */
export default async function setup(project: TestProject) {
  const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
  const result = spawnSync(process.execPath, [astro, 'build', '--silent'], {
    cwd: root,
    // The tests assert absolute URLs, so they build for the default origin whatever the shell says.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: SITE_ORIGIN },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  }
  const server = await serveDist(distDir);
  project.provide('distDir', distDir);
  project.provide('siteUrl', server.url);
  return () => server.close();
}
