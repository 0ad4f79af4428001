import { z } from 'astro/zod';
import { isIsoDate } from './dates';
import { isKebabSlug } from './slug';

/** One entry of src/data/sources.ts; the fields are documented on its `Source` interface. */
export const sourceSchema = z.object({
  id: z.string().refine(isKebabSlug, 'id must be lower-case kebab-case'),
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: z.string().refine(isIsoDate, 'date must be YYYY-MM-DD or YYYY-MM').optional(),
  url: z.url({ protocol: /^https?$/, hostname: z.regexes.domain }),
});

/** The whole list: every entry valid, and no id twice (an id is what `<Cite id>` names). */
export const sourceListSchema = z.array(sourceSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  for (const { id } of list) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `source id "${id}" appears twice` });
    seen.add(id);
  }
});
