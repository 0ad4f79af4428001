import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codePoint, invisibleCharacters, refuseInvisible, scanForInvisible } from '../../../src/build/invisible-characters';

const FILE = 'content/arguments/01-example.mdx';

describe('invisible characters in content and data', () => {
  it.each([
    ['\u202E', 'a right-to-left override'],
    ['\u202A', 'a left-to-right embedding'],
    ['\u2066', 'a left-to-right isolate'],
    ['\u2069', 'a pop-directional-isolate character'],
    ['\u200B', 'a zero-width space'],
    ['\u200C', 'a zero-width non-joiner'],
    ['\u200D', 'a zero-width joiner'],
    ['\u2060', 'a word joiner'],
    ['\uFEFF', 'a zero-width no-break space (byte-order mark)'],
    ['\u00AD', 'a soft hyphen'],
    ['\u200E', 'a left-to-right mark'],
    ['\u{E0001}', 'an invisible formatting character'],
  ])('stops on %j (%s), naming file, line, column and code point', (char, name) => {
    const [problem, more] = invisibleCharacters(`Title\n\nHuang argues that the ${char}statement is new.\n`, FILE);
    expect(problem?.message).toBe(
      `${FILE}, line 3, column ${'Huang argues that the '.length + 1}: ${name} (${codePoint(char)}), invisible in an editor, which changes what readers see or breaks quotes and links to the text`,
    );
    expect(problem?.hint).toMatch(/Delete it/);
    expect(problem?.hint).toMatch(/ALLOWED_INVISIBLE \(src\/build\/invisible-characters\.ts\)/);
    expect(more).toBeUndefined();
  });

  it('lets a non-breaking space and a narrow one through: they are visible spaces', () => {
    expect(invisibleCharacters('10\u00a0km and 5\u202fkm', FILE)).toEqual([]);
  });

  it('allows a character only in the file the allow-list names, and only with a reason', () => {
    const text = 'co\u00ADoperation';
    expect(invisibleCharacters(text, FILE, [{ file: FILE, char: '\u00AD', reason: 'breaks a long compound on phones' }])).toEqual([]);
    expect(invisibleCharacters(text, FILE, [{ file: 'src/data/other.ts', char: '\u00AD', reason: 'elsewhere' }])).toHaveLength(1);
    expect(invisibleCharacters(text, FILE, [{ file: FILE, char: '\u00AD', reason: ' ' }])).toHaveLength(1);
    expect(invisibleCharacters(text, FILE, [{ file: FILE, char: '\u200B', reason: 'another character' }])).toHaveLength(1);
  });

  it('scans every file of the edited folders, content and data alike, by path from the root', () => {
    const root = mkdtempSync(join(tmpdir(), 'invisible-'));
    try {
      mkdirSync(join(root, 'content/front'), { recursive: true });
      mkdirSync(join(root, 'src/data'), { recursive: true });
      writeFileSync(join(root, 'content/front/about.mdx'), '---\ntitle: About\u200B\n---\nText.\n');
      writeFileSync(join(root, 'src/data/places.ts'), "export const a = 'Seoul';\nexport const b = '\u202EluoeS';\n");
      writeFileSync(join(root, 'src/data/clean.ts'), 'export const c = 1;\n');
      expect(scanForInvisible(root).map((p) => p.message.split(':')[0])).toEqual([
        'content/front/about.mdx, line 2, column 13',
        'src/data/places.ts, line 2, column 19',
      ]);
      // The build stops on the first, counting the rest, with the location Astro prints.
      let error: unknown;
      try {
        refuseInvisible(root);
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({
        message: expect.stringMatching(
          /^content\/front\/about\.mdx, line 2, column 13: a zero-width space \(U\+200B\).* \(and 1 more invisible character\)\.$/,
        ),
        loc: { file: join(root, 'content/front/about.mdx'), line: 2, column: 13 },
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('finds none in the site’s own content and data, so the build passes', () => {
    expect(scanForInvisible(process.cwd())).toEqual([]);
  });
});
