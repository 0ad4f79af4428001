import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { mapCss, pageCss, timelineCss, tokensCss, triangleCss } from './generated';

const sheets: Record<string, () => string> = {
  'virtual:tokens.css': tokensCss,
  'virtual:page.css': pageCss,
  'virtual:map.css': mapCss,
  'virtual:timeline.css': timelineCss,
  'virtual:triangle.css': triangleCss,
};

/**
 * Stylesheets generated from typed values (./generated.ts), one virtual module each. They go through Vite's CSS pipeline like a file, so the build inlines them
 * with the rest and each page carries only those its components import. (In `astro dev`, a
 * change to the tokens needs a restart, like any change to astro.config.mjs.)
 */
export function generatedCss(): AstroIntegration {
  const plugin: Plugin = {
    name: 'generated-css',
    resolveId: (id) => (Object.hasOwn(sheets, id) ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') && Object.hasOwn(sheets, id.slice(1)) ? sheets[id.slice(1)]?.() : undefined),
  };
  return {
    name: 'generated-css',
    hooks: { 'astro:config:setup': ({ updateConfig }) => void updateConfig({ vite: { plugins: [plugin] } }) },
  };
}
