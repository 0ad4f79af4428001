/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three projects, run side by side: pure units and Astro container renders need no build; the
// site project reads one build (test/site/global-setup.ts) and drives one Chromium
// (test/site/global-browser.ts); the builds project makes the other builds
// the deploy checks need while the site project runs, and shares its build.
export default getViteConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: a single one on a 2-core machine, so
    // every file ran after the other. Much of a site or builds worker's time is spent waiting on
    // Chromium or on an astro process, so the three projects share two workers (one pool:
    // vitest runs projects side by side only when their maxWorkers are equal). More than two
    // browser files at once on two cores made timing-sensitive tests time out under load.
    maxWorkers: 2,
    // Vitest 5 keeps transformed modules on disk between runs, keyed by each file's own content.
    // An MDX file's transform also depends on the content rules and on src/data (the sources, the
    // glossary, the essay), so a cached module could hide a rule's change: transform afresh.
    fsModuleCache: false,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/components/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/browser/**/*.test.ts'],
          exclude: ['test/site/deploy.test.ts'],
          globalSetup: ['test/site/global-setup.ts', 'test/site/global-browser.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'builds',
          include: ['test/site/deploy.test.ts'],
          globalSetup: ['test/site/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
