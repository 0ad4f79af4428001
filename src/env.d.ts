/** Stylesheets generated at build time from typed values (src/build/generated-css.ts). */
declare module 'virtual:tokens.css';
declare module 'virtual:map.css';
declare module 'virtual:page.css';
declare module 'virtual:timeline.css';
declare module 'virtual:triangle.css';

declare namespace App {
  interface Locals {
    /** Set by the page, read by its components (src/lib/page-context.ts). */
    page?: import('./lib/page-context').PageContext;
  }
}

// Interest invokers (`interestfor`, HTML's hover and focus counterpart of `popovertarget`), which
// Astro's element types do not know yet: the citation marks and terms use it for their previews.
declare namespace astroHTML.JSX {
  interface ButtonHTMLAttributes {
    interestfor?: string | undefined | null;
  }
}
