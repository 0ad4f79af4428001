/**
 * What a page hands down to every component it renders, MDX included: set once in the page's
 * frontmatter on `Astro.locals`, as Starlight's route data is (`locals.starlightRoute`), and read
 * by the components that need it. No component loads the site to learn these for itself.
 */
import type { SourceNumbers } from './citations';

export interface PageContext {
  /** `full`: the whole explainer on `/`; `alone`: one argument on its own page. */
  mode: 'full' | 'alone';
  /** The site's citation numbers (src/lib/outline.ts), the same on every page. */
  numbers: SourceNumbers;
}

/** Hand the page's context down to what it renders; called once, by the page. */
export function handDown(locals: App.Locals, context: PageContext): void {
  locals.page = context;
}

/** The context the page handed down; a component rendered outside such a page fails, saying so. */
export function pageContext(locals: App.Locals): PageContext {
  if (!locals.page) throw new Error('No page context: the page must call handDown(Astro.locals, …) (src/lib/page-context.ts) before rendering this component');
  return locals.page;
}
