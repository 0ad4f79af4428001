/**
 * Under vitest, src/lib/content-frontmatter.ts is aliased to this module (vitest.config.ts):
 * content collections are empty there, so the same frontmatter, the content-facts plugin's
 * output included, is read by importing the MDX files, which the build must not do.
 */
export async function contentFrontmatters(): Promise<Record<string, Record<string, unknown>>> {
  return import.meta.glob<Record<string, unknown>>('/content/**/*.mdx', { eager: true, import: 'frontmatter' });
}
