/**
 * The byte budgets (gzip) the README promises, in one place for every size test. From the
 * product design: the whole explainer within 48 KB (every request counted) and 3x its visible
 * text, its first screen within the first 14 KB; a shared argument page within 24 KB,
 * enhancements within 2 KB; each map view within 9 KB with both of its compositions (wide and
 * phone), which share one drawing; any other figure 4 KB.
 */
export const BUDGET = {
  /**
   * The whole explainer's first load: the page and every request it makes. The design's 48 KB,
   * plus 2 KB that issue 16 gave the words (the updates and corrections list, the reuse statement
   * and the fact-check's fixes), plus a quarter KB of the 1.5 KB a page that issue 19 allows, for
   * the script that lays out `/` after its first paint (src/scripts/render-ahead.ts, about 240 B):
   * text may take `/` past 48 KB, and `fullReadToTextRatio` keeps what the text does not carry in
   * proportion.
   */
  fullRead: (48 + 2 + 0.25) * 1024,
  fullReadToTextRatio: 3,
  /** All the CSS, the masthead and the hero map: what the first round trip (14 KB) can carry. */
  firstScreen: 14 * 1024,
  argumentPage: 24 * 1024,
  inlineScript: 2 * 1024,
  mapView: 9 * 1024,
  /** Any figure other than a map: its markup and its own CSS together. */
  figure: 4 * 1024,
} as const;
