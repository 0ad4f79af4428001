import { getCollection, render } from 'astro:content';

/**
 * Every content file's frontmatter by path (`/content/…/x.mdx`), with the facts the
 * `contentFacts` plugin read from its body (`remarkPluginFrontmatter`).
 *
 * Read through the collections, not by importing the MDX modules: an imported module puts
 * every component it imports (a map, a figure) into the importing page's module graph, and
 * Astro inlines the CSS of that whole graph. A rendered entry's styles go only to the pages
 * that render its `Content`. Collections are empty under vitest, so the tests alias this
 * module to test/support/content-frontmatter.ts (vitest.config.ts), which imports the files.
 */
export async function contentFrontmatters(): Promise<Record<string, Record<string, unknown>>> {
  const entries = [...(await getCollection('arguments')), ...(await getCollection('front'))];
  return Object.fromEntries(
    await Promise.all(
      entries.map(async (entry) => {
        if (!entry.filePath) throw new Error(`The content entry ${entry.id} has no file`);
        const { remarkPluginFrontmatter } = await render(entry);
        return [`/${entry.filePath}`, remarkPluginFrontmatter] as const;
      }),
    ),
  );
}
