import BlocMap from '../BlocMap.astro';
import Cite from './Cite.astro';
import Context from './Context.astro';
import Quote from './Quote.astro';
import SinceThen from './SinceThen.astro';

/** What an MDX file under content/ may use without importing it. */
export const mdxComponents = { BlocMap, Cite, Context, Quote, SinceThen };
