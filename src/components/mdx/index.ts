import BlocMap from '../BlocMap.astro';
import Cite from './Cite.astro';
import Context from './Context.astro';
import Quote from './Quote.astro';
import SinceThen from './SinceThen.astro';
import Term from './Term.astro';
import ContextAlone from './alone/Context.astro';
import SinceThenAlone from './alone/SinceThen.astro';

/** What an MDX file under content/ may use without importing it. */
export const mdxComponents = { BlocMap, Cite, Context, Quote, SinceThen, Term };

/**
 * The same components for a section shown alone, where its title is the page's h1 and the
 * notes' headings move up a level. MDX is compiled once, so the level is chosen here.
 */
export const mdxComponentsAlone = { ...mdxComponents, Context: ContextAlone, SinceThen: SinceThenAlone };
