/**
 * The layers of src/, checked by test/unit/layers.test.ts (which also reads the imports of the
 * .astro files). Each folder imports only from the folders below it, so no two folders import
 * each other:
 *
 *   pages → layouts → components → lib → data, styles (tokens), consts.ts
 *   scripts (browser code) → consts.ts          build (Astro integrations, plugins) → lib
 *
 * astro.config.mjs and content.config.ts sit on top and may import anything.
 * @type {import('dependency-cruiser').IConfiguration}
 */

/** A rule: modules under `from` may import, inside src/, only what `allowed` matches. */
const layer = (name, from, allowed, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: '^src/', pathNot: allowed },
});

module.exports = {
  forbidden: [
    layer(
      'pages',
      '^src/pages/',
      '^src/(pages|layouts|components|lib|data|styles|scripts)/|^src/consts\\.ts$',
      'A page composes layouts and components from lib and data; nothing imports a page.',
    ),
    layer(
      'layouts',
      '^src/layouts/',
      '^src/(layouts|components|lib|data|styles|scripts)/|^src/consts\\.ts$',
      'A layout wraps pages: it may use components, never a page.',
    ),
    layer(
      'components',
      '^src/components/',
      '^src/(components|lib|data|styles|scripts)/|^src/consts\\.ts$',
      'Components render what lib computes; they never reach up to a layout or a page.',
    ),
    layer(
      'build',
      '^src/build/',
      '^src/(build|lib|data|styles)/|^src/consts\\.ts$',
      'Astro integrations and build steps use lib and data; only astro.config.mjs imports them.',
    ),
    layer(
      'lib',
      '^src/lib/',
      '^src/(lib|data|styles)/|^src/consts\\.ts$',
      'Pure logic over data and the design tokens (the content schemas too): never a component or a build step.',
    ),
    layer('data', '^src/data/', '^src/data/|^src/consts\\.ts$', 'Typed data an editor maintains: values only, nothing computed from lib.'),
    layer('styles', '^src/styles/', '^src/styles/|^src/consts\\.ts$', 'The design tokens and stylesheets: values only (generated CSS is made in src/build/).'),
    layer(
      'scripts',
      '^src/scripts/',
      '^src/scripts/|^src/consts\\.ts$',
      'Browser code ships to the reader: it must not pull build-time modules into the bundle.',
    ),
    layer('consts', '^src/consts\\.ts$', '^$', 'Plain values that astro.config.mjs loads directly: no imports.'),
    layer(
      'new-folder',
      '^src/(?!(pages|layouts|components|build|lib|data|styles|scripts)/)[^/]+/',
      '^$',
      'A new folder of src/ needs its place in the layers above before it imports anything of src/.',
    ),
    {
      name: 'no-module-cycle',
      comment: 'Two modules that import each other at run time (a lazy import() to escape one counts too; a type-only import does not run).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports tie folders together as much as value imports do.
    tsPreCompilationDeps: true,
    exclude: { path: '^src/env\\.d\\.ts$' },
  },
};
