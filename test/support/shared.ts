import { readSharedFile, sharedPath } from '../../src/build/shared-folder';

/** Read a file from ../shared (or SHARED_DIR), where the build finds it too, failing with a message that says where it was looked for. */
export function readShared(relativePath: string): string {
  const text = readSharedFile(relativePath);
  if (text === undefined) {
    throw new Error(`${sharedPath(relativePath)} not found: the content tests need the shared folder beside the repository (or SHARED_DIR).`);
  }
  return text;
}
