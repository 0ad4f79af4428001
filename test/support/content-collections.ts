/**
 * `astro:content` for rendering a page in the Astro container, where content collections are
 * empty: entries come from the content index (src/lib/content-index.ts), the same files and
 * frontmatter the collections load, and an entry renders through its compiled MDX module. Use it
 * explicitly, per test file, as Starlight's tests do:
 * `vi.mock('astro:content', () => import('../support/content-collections'))`.
 */
import { argumentFiles, contentFiles, frontFile, type FrontId } from '../../src/lib/content-index';

type MdxModule = { default: unknown; frontmatter: Record<string, unknown> };
const modules = import.meta.glob<MdxModule>('/content/**/*.mdx', { eager: true });

const argumentEntry = (file: (typeof argumentFiles)[number]) => ({
  id: file.data.slug,
  collection: 'arguments',
  data: file.data,
  filePath: file.file,
  body: file.text,
});
const frontEntry = (id: FrontId) => ({ id, collection: 'front', data: frontFile(id).data, filePath: frontFile(id).file, body: frontFile(id).text });
const frontIds = contentFiles.filter((f) => f.file.startsWith('content/front/')).map((f) => f.file.slice('content/front/'.length, -'.mdx'.length) as FrontId);

export async function getCollection(collection: 'arguments' | 'front') {
  return collection === 'arguments' ? argumentFiles.map(argumentEntry) : frontIds.map(frontEntry);
}

export async function getEntry(_collection: 'front', id: FrontId) {
  return frontIds.includes(id) ? frontEntry(id) : undefined;
}

export async function render(entry: { filePath: string }) {
  const module = modules[`/${entry.filePath}`];
  if (!module) throw new Error(`No MDX module for ${entry.filePath}`);
  return { Content: module.default, remarkPluginFrontmatter: module.frontmatter, headings: [] };
}
