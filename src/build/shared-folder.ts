import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The team's shared folder (the essay, the fact sheet), which is not part of the repository: beside
 * it as ../shared, or wherever SHARED_DIR says. The build (quotes checked against the essay) and
 * the tests (test/support/shared.ts) look for it here, so they always read the same essay.
 */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.SHARED_DIR || fileURLToPath(new URL('../../../shared/', import.meta.url));
  return dir.replace(/\/?$/, '/');
}

/** Where a file of the shared folder is looked for, given its path inside the folder (`source/essay.txt`). */
export function sharedPath(relativePath: string, env: NodeJS.ProcessEnv = process.env): string {
  return `${sharedDir(env)}${relativePath}`;
}

/** A file of the shared folder, or undefined where the folder (or the file) is absent. */
export function readSharedFile(relativePath: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = sharedPath(relativePath, env);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The essay the site explains: every `<Quote>` must appear in it word for word. */
export const ESSAY = 'source/essay.txt';
