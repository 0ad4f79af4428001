import { z } from 'astro/zod';
import { EXPLAINER_CARD } from './og/paths';
import { isKebabSlug } from './slug';
import { isIsoDay } from './dates';
import { smartQuotes } from './typography';

/** Display text: authors type straight quotes; readers see typographic ones. */
const displayText = (schema: z.ZodString) => schema.transform(smartQuotes);

/**
 * When an editor last changed the text, `"YYYY-MM-DD"` in quotes: the date citations and metadata
 * give as modified. Set by hand, never from the build clock, so rebuilding one commit changes
 * nothing. Quoted because YAML turns a bare date into a Date, with a time and a time zone, not
 * the day as written.
 */
const updated = z
  .string({ error: 'updated must be a quoted date, such as updated: "2026-11-28"' })
  .refine(isIsoDay, 'updated must be a real day written "YYYY-MM-DD"');

export const argumentSchema = z.object({
  /** Position in the essay, 1 to 5; the site always shows the arguments in this order. */
  number: z.number().int().min(1).max(5),
  /** When this argument's text last changed (bump it with any edit a reader would notice). */
  updated,
  /** Chosen once and never changed: it is the anchor on `/` and the share path `/arguments/<slug>/`. */
  slug: z
    .string()
    .refine(isKebabSlug, 'slug must be lower-case kebab-case')
    .refine((slug) => slug !== EXPLAINER_CARD, `"${EXPLAINER_CARD}" names the whole explainer's share card`),
  /** The section heading. */
  title: displayText(z.string().min(8)),
  /** A label of a few words for the contents list and previous/next links. */
  short: displayText(z.string().max(40)),
  /** The argument in one sentence: shown under the heading and used as the share description. */
  summary: displayText(
    z
      .string()
      .min(40)
      .max(220)
      .refine((s) => /[.?!]$/.test(s.trim()), 'summary is one full sentence'),
  ),
});

export const frontSchema = z.object({
  /** The heading the block shows (the masthead's is the page's `h1`). */
  title: displayText(z.string()),
  /** Optional line under the title (the masthead's standfirst). */
  dek: displayText(z.string()).optional(),
  /** When the block's text last changed; the masthead's is required (it dates the explainer). */
  updated: updated.optional(),
});
