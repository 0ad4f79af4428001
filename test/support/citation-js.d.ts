// citation-js ships no types. The tests use one call of it: read a BibTeX or RIS string into
// CSL-JSON items, as a reference manager would import the site's citations.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string);
    data: Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
