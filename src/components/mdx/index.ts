import Cite from './Cite.astro';
import Context from './Context.astro';
import TimelinePointer from './TimelinePointer.astro';
import Quote from './Quote.astro';
import SinceThen from './SinceThen.astro';
import Term from './Term.astro';
import CiteAlone from './alone/Cite.astro';
import ContextAlone from './alone/Context.astro';
import TermAlone from './alone/Term.astro';
import TimelineAlone from './alone/Timeline.astro';
import SinceThenAlone from './alone/SinceThen.astro';

/**
 * What an MDX file under content/ may use without importing it. A file with a map imports
 * <BlocMap> itself, so that only pages with a map carry the map's styles.
 */
export const mdxComponents = { Cite, Context, Quote, SinceThen, Term, Timeline: TimelinePointer };

/**
 * The same components for a section shown alone, where its title is the page's h1 and the
 * notes' headings move up a level, the timeline is drawn in place (in the full read it is
 * its own section), a term opens a card of its own (in the full read, its glossary entry), and
 * marks and terms show hover previews.
 * MDX is compiled once, so both are chosen here.
 */
export const mdxComponentsAlone = { ...mdxComponents, Cite: CiteAlone, Context: ContextAlone, SinceThen: SinceThenAlone, Term: TermAlone, Timeline: TimelineAlone };
