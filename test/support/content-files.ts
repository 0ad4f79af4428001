import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFacts } from '../../src/lib/content-facts';
import { factsOfMdx } from './mdx';

/** One MDX file of content/ by its path from the repository root: raw (frontmatter included), and what the build reads from it. */
export interface ContentFile {
  file: string;
  text: string;
  facts: ContentFacts;
}

const root = new URL('../../', import.meta.url).pathname;
const read = (dir: string): ContentFile[] =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(root, dir, f), 'utf8');
      return { file: `${dir}/${f}`, text, facts: factsOfMdx(text) };
    });

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
