/** Stylesheets generated at build time from typed values (src/build/generated-css.ts). */
declare module 'virtual:tokens.css';
declare module 'virtual:map.css';
