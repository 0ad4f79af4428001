/**
 * Astro writes a page's own CSS as one `<style>` and each stylesheet a content entry carries
 * (a figure its MDX imports) as another, side by side in the head. Each costs the policy a
 * hash of 45 bytes that gzip cannot shrink. Adjacent attribute-less `<style>` elements in the
 * head hold plain rules (no `@import` or `@charset`, which only a stylesheet's start allows), so
 * joining them in order changes nothing in the cascade and leaves one stylesheet, one hash.
 */
const HEAD = /<head>[\s\S]*?<\/head>/i;
const BETWEEN_STYLES = /<\/style>\s*<style>/gi;

/** The page with each run of adjacent `<style>` elements in its head joined into one. */
export function joinHeadStyles(html: string): string {
  return html.replace(HEAD, (head) => {
    const styles = [...head.matchAll(/<style>([\s\S]*?)<\/style>/gi)].map(([, css = '']) => css);
    if (styles.some((css) => /@(import|charset)\b/i.test(css))) return head;
    return head.replace(BETWEEN_STYLES, '');
  });
}
