/**
 * Curly quotes and apostrophes for plain strings (frontmatter titles, summaries), matching what
 * Markdown's smartypants does for body text, so headings and prose use the same marks.
 */
export function smartQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{“‘—–-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{“—–-])'/g, '$1‘')
    .replace(/'/g, '’');
}
