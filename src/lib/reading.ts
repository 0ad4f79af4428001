/**
 * Turn an MDX body into the words a reader reads: no frontmatter, import/export lines, JSX tags,
 * expressions, link targets or Markdown punctuation. Text inside components (quotes, notes) stays.
 */
export function proseText(mdx: string): string {
  return mdx
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/<[A-Za-z/][^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>`|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words as a reader counts them: runs of letters or digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Minutes to read at a steady adult pace for non-fiction; never less than one. */
export function readingMinutes(words: number, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** The explanation alone: an argument body without its Context and Since-then notes. */
export function explanationOf(mdx: string): string {
  return mdx.replace(/<(Context|SinceThen)>[\s\S]*?<\/\1>/g, '');
}
