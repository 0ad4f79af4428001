/**
 * The works a reader may cite, as src/lib/cite-this.ts wants them: the explainer, each argument
 * page and the essay. Pure; the pages pass in the content they loaded and the site's origin.
 */
import { site } from '../consts';
import { essay } from '../data/essay';
import type { EssayWork, WebWork } from './cite-this';
import { latestDay } from './dates';
import { corrections, type Correction } from '../data/corrections';
import { correctionsFor, modifiedWith } from './corrections';
import { EXPLAINER_CARD } from './og/paths';
import { argumentPath } from './slug';
import { homePath, withBase } from './paths';

/** The key (and file name under /cite/) of the explainer as a whole. */
export const EXPLAINER = EXPLAINER_CARD;
/** The key (and file name under /cite/) of the essay. */
export const ESSAY = 'essay';

/** Where the downloadable citation files of a work live, base path included. */
export function citationFiles(key: string): { bib: string; ris: string } {
  return { bib: withBase(`/cite/${key}.bib`), ris: withBase(`/cite/${key}.ris`) };
}

export const essayWork: EssayWork = {
  title: essay.title,
  author: essay.author,
  family: essay.family,
  given: essay.given,
  affiliation: essay.affiliation,
  publication: essay.publication,
};

interface Dated {
  updated?: string | undefined;
}

/**
 * The explainer changes whenever any of its parts does, so its date is the latest `updated` of
 * the masthead (which must have one), of every other entry that sets one, and of its updates and
 * corrections.
 */
export function explainerModified(masthead: Dated, others: readonly Dated[], entries: readonly Correction[] = []): string {
  if (!masthead.updated) throw new Error('content/front/masthead.mdx needs an `updated: YYYY-MM-DD` date: it dates the explainer');
  return modifiedWith(latestDay([masthead.updated, ...others.flatMap((entry) => (entry.updated ? [entry.updated] : []))]), entries);
}

/** An argument's page changes with its text (`updated`) and with each entry that concerns it. */
export function argumentModified(argument: { slug: string; updated: string }): string {
  return modifiedWith(argument.updated, correctionsFor(corrections, argument.slug));
}

export function explainerWork(title: string, modified: string, origin: URL | string): WebWork {
  return { key: EXPLAINER, title, site: site.name, url: new URL(homePath(), origin).href, modified };
}

export function argumentWork(argument: { slug: string; title: string; updated: string }, explainerTitle: string, origin: URL | string): WebWork {
  return {
    key: argument.slug,
    title: argument.title,
    site: site.name,
    url: new URL(argumentPath(argument.slug), origin).href,
    modified: argumentModified(argument),
    partOf: explainerTitle,
  };
}
