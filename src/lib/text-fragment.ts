/**
 * Links to a passage by text fragment (`#:~:text=`), which Chromium, Safari and Firefox scroll to
 * and highlight. The text must be the page's rendered text (typographic quotes included).
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text a reader sees in a piece of rendered HTML: tags dropped, entities decoded, spaces collapsed. */
export function textOfHtml(html: string): string {
  return (
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
        if (name[0] === '#') {
          const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
          return String.fromCodePoint(code);
        }
        return ENTITIES[name.toLowerCase()] ?? whole;
      })
      // HTML collapses only ASCII white space; a no-break space is text, and the directive keeps it.
      .replace(/[ \t\n\r\f]+/g, ' ')
      .replace(/^ | $/g, '')
  );
}

/**
 * Percent-encode text for a text directive. `encodeURIComponent` already escapes `,` and `&`,
 * which separate a directive's parts; `-` marks a prefix or suffix there, so it is escaped too.
 */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * A fragment that lands on `text`. Where the text is not found, browsers scroll to the element
 * `anchor` instead; one that knows no text fragments at all finds no such id and opens the page
 * at its top, which on an argument page is the argument itself.
 */
export function textFragment(text: string, anchor = ''): string {
  return `#${anchor}:~:text=${encodeTextDirective(text)}`;
}
