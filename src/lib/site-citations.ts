import { citeEssay, citeWebWork, type WorkCitations } from './cite-this';
import { loadArguments, loadExplainer } from './site-content';
import { argumentWork, ESSAY, essayWork, EXPLAINER, explainerWork } from './works';

/** How to cite each citable work of the site, by key: the explainer, the essay and each argument page. */
export async function loadWorkCitations(origin: URL | string): Promise<Map<string, WorkCitations>> {
  const [explainer, args] = await Promise.all([loadExplainer(), loadArguments()]);
  const works = new Map<string, WorkCitations>([
    [EXPLAINER, citeWebWork(explainerWork(explainer.title, explainer.modified, origin))],
    [ESSAY, citeEssay(essayWork)],
  ]);
  for (const { data } of args) {
    if (works.has(data.slug)) throw new Error(`The slug "${data.slug}" names a citation file already (/cite/${data.slug}.bib)`);
    works.set(data.slug, citeWebWork(argumentWork(data, explainer.title, origin)));
  }
  return works;
}

/** The keys of every citable work, which name its files under /cite/. */
export async function citableKeys(): Promise<string[]> {
  return [EXPLAINER, ESSAY, ...(await loadArguments()).map(({ data }) => data.slug)];
}
