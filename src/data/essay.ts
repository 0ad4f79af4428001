/** Bibliographic facts about the essay this site explains (from ../shared/source/README.md). */
export const essay = {
  title: 'The unpromising prospect of the US-Japan-ROK Alliance',
  author: 'Huang Jing',
} as const;

/** How current the context notes are: the fact sheet ends here, and the site says so. */
export const contextAsOf = 'November 2025';
