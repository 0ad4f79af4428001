/** Bibliographic facts about the essay this site explains (from ../shared/source/README.md). */
export const essay = {
  title: 'The unpromising prospect of the US-Japan-ROK Alliance',
  author: 'Huang Jing',
  /** Huang is the family name (Chinese order, family first); citations invert it as "Huang, Jing". */
  family: 'Huang',
  given: 'Jing',
  role: 'Distinguished Professor',
  institution: 'Shanghai International Studies University',
  affiliation: 'Distinguished Professor, Shanghai International Studies University',
  publication: 'Briefing Notes on the United States and the Asia-Pacific Region',
} as const;

/** How current the context notes are: the fact sheet ends here, and the site says so. */
export const contextAsOf = 'November 2025';
