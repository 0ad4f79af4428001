/** Stylesheets generated at build time from typed values (astro.config.mjs, src/styles/generated.ts). */
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
