import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import type { Problem } from '../lib/content-rules';

/**
 * Characters that are invisible in an editor but change what a reader gets: bidirectional
 * controls that reorder the text on screen (U+202A–U+202E, U+2066–U+2069), zero-width
 * characters that split words, quotes and #:~:text= links (U+200B–U+200D, U+2060, U+FEFF), and
 * every other Unicode format character (general category Cf: soft hyphens, direction marks, …).
 * A no-break space is a visible space (category Zs) and is not among them.
 */
const INVISIBLE = /\p{Cf}/gu;

/** The folders whose every file an editor writes: the content, and the typed data. */
export const EDITED_DIRS = ['content', 'src/data'] as const;

/** One allowed invisible character: which file, which character, and why it is needed there. */
export interface AllowedInvisible {
  /** The file, relative to the project root (`src/data/places.ts`). */
  file: string;
  /** The character itself, written as an escape (`'\u00AD'`) so that the allow-list stays readable. */
  char: string;
  /** Why the text needs it; an entry without a reason is not an exception but a mistake. */
  reason: string;
}

/**
 * Where a file may hold an invisible character, each with its reason. None does today: add an
 * entry here, with the reason, before using one.
 */
export const ALLOWED_INVISIBLE: readonly AllowedInvisible[] = [];

const NAMES: Record<number, string> = {
  0x00ad: 'a soft hyphen',
  0x061c: 'an Arabic letter mark',
  0x200b: 'a zero-width space',
  0x200c: 'a zero-width non-joiner',
  0x200d: 'a zero-width joiner',
  0x200e: 'a left-to-right mark',
  0x200f: 'a right-to-left mark',
  0x202a: 'a left-to-right embedding',
  0x202b: 'a right-to-left embedding',
  0x202c: 'a pop-directional-formatting character',
  0x202d: 'a left-to-right override',
  0x202e: 'a right-to-left override',
  0x2060: 'a word joiner',
  0x2066: 'a left-to-right isolate',
  0x2067: 'a right-to-left isolate',
  0x2068: 'a first-strong isolate',
  0x2069: 'a pop-directional-isolate character',
  0xfeff: 'a zero-width no-break space (byte-order mark)',
};

/** A problem in one file, which it names (relative to the project root). */
export type FileProblem = Problem & { file: string };

/** `U+202E`, as editors search for it. */
export const codePoint = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every invisible character in one file's text that the allow-list does not allow there, with its line and column. */
export function invisibleCharacters(text: string, file: string, allowed: readonly AllowedInvisible[] = ALLOWED_INVISIBLE): FileProblem[] {
  const allowedHere = new Set(allowed.filter((entry) => entry.file === file && entry.reason.trim()).map((entry) => entry.char));
  const problems: FileProblem[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const match of lineText.matchAll(INVISIBLE)) {
      const char = match[0];
      if (allowedHere.has(char)) continue;
      const name = NAMES[char.codePointAt(0)!] ?? 'an invisible formatting character';
      problems.push({
        file,
        line: index + 1,
        column: match.index + 1,
        message: `${file}, line ${index + 1}, column ${match.index + 1}: ${name} (${codePoint(char)}), invisible in an editor, which changes what readers see or breaks quotes and links to the text`,
        hint:
          `Delete it: search the file for the character (\\u${codePoint(char).slice(2)} in most editors' regular-expression search), or retype the words around it. ` +
          'If the text truly needs it, allow it for this file in ALLOWED_INVISIBLE (src/build/invisible-characters.ts), with the reason.',
      });
    }
  });
  return problems;
}

/** Check every file under the edited folders (relative to `root`), in a stable order. */
export function scanForInvisible(root: string, dirs: readonly string[] = EDITED_DIRS, allowed: readonly AllowedInvisible[] = ALLOWED_INVISIBLE): FileProblem[] {
  return dirs.flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(root.replace(/\/?$/, '/').length))
      .sort()
      .flatMap((file) => invisibleCharacters(readFileSync(join(root, file), 'utf8'), file, allowed)),
  );
}

/** Stop the build on the first invisible character in content/ or src/data/ (under `root`), saying how many more there are. */
export function refuseInvisible(root: string): void {
  const [first, ...more] = scanForInvisible(root);
  if (!first) return;
  const also = more.length ? ` (and ${more.length} more invisible character${more.length > 1 ? 's' : ''})` : '';
  const error = new AstroError(`${first.message}${also}.`, first.hint);
  // Astro prints the location, and points an editor's terminal link at the character.
  throw Object.assign(error, { loc: { file: join(root, first.file), line: first.line, column: first.column } });
}
