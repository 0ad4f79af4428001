import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { argumentSchema, frontSchema } from './lib/content-schema';

/** The essay's five arguments, one MDX file each; the frontmatter `slug` becomes the entry id. */
const args = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/arguments' }),
  schema: argumentSchema,
});

/** The prose around the arguments on `/`: masthead, the claim in brief, background, about. */
const front = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/front' }),
  schema: frontSchema,
});

export const collections = { arguments: args, front };
