import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../support/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's one Chromium listens (test/support/browser-pages.ts connects to it). */
    chromiumEndpoint: string;
  }
}

/** Launch Chromium once for every browser test file of the run, and close it after the last. */
export default async function setup(project: TestProject) {
  const server = await launchChromiumServer();
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
