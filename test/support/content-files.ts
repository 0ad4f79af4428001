import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One MDX file of content/, raw (frontmatter included), by its path from the repository root. */
export interface ContentFile {
  file: string;
  text: string;
}

const root = new URL('../../', import.meta.url).pathname;
const read = (dir: string): ContentFile[] =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(root, dir, f), 'utf8') }));

/** The five arguments, in essay order. */
export const argumentFiles = read('content/arguments');
const front = read('content/front');

/** One block of front prose by name (an array, empty if the file is missing, so a test can say so). */
export const frontFile = (name: string): ContentFile[] => front.filter((f) => f.file.endsWith(`/${name}.mdx`));

/** Every MDX file of `/` before the Glossary section, in the order a reader meets them. */
export const beforeGlossary: ContentFile[] = [
  ...frontFile('masthead'),
  ...frontFile('brief'),
  ...frontFile('background'),
  ...argumentFiles,
];

/** Every MDX file of `/`, in the order a reader meets them (the Glossary sits before About). */
export const allContent: ContentFile[] = [...beforeGlossary, ...frontFile('about')];
