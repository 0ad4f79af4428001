import Cite from './Cite.astro';
import Context from './Context.astro';
import Quote from './Quote.astro';
import SinceThen from './SinceThen.astro';
import Term from './Term.astro';
import Timeline from './Timeline.astro';

/**
 * What an MDX file under content/ may use without importing it. A file with a map imports
 * <BlocMap> itself, so that only pages with a map carry the map's styles. Where a component
 * differs between the full explainer and an argument's own page, it reads the page's mode
 * (src/lib/page-context.ts): MDX is compiled once, for both.
 */
export const mdxComponents = { Cite, Context, Quote, SinceThen, Term, Timeline };
