import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The team's shared folder (essay, fact sheet, design) sits beside the repository; SHARED_DIR overrides. */
const sharedDir = process.env.SHARED_DIR ?? fileURLToPath(new URL('../../../shared/', import.meta.url));

/** Read a file from ../shared, failing with a message that says where it was looked for. */
export function readShared(relativePath: string): string {
  const path = `${sharedDir.replace(/\/?$/, '/')}${relativePath}`;
  if (!existsSync(path)) {
    throw new Error(`${path} not found: the content tests need the shared folder beside the repository (or SHARED_DIR).`);
  }
  return readFileSync(path, 'utf8');
}
