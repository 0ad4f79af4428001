/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three projects, cheapest first: pure units and Astro container renders need no build;
// the site project builds once (test/site/global-setup.ts) and then reads dist/ and drives Chromium.
export default getViteConfig({
  test: {
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
          globalSetup: ['test/site/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
