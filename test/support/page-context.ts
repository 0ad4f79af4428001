import { numberedSources } from '../../src/lib/outline';
import type { PageContext } from '../../src/lib/page-context';

/** The site's citation numbers, as every page hands them down. */
export const numbers = numberedSources();

/**
 * What a page hands down to the components it renders (src/lib/page-context.ts), for rendering a
 * component alone in the Astro container: a new object each time, as each page render has its own.
 */
export function pageLocals(mode: PageContext['mode']): App.Locals {
  return { page: { mode, numbers } };
}
