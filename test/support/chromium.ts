import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';

/** Where Chromium or Chrome usually lives, after CHROME_PATH. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browser the tests drive: CHROME_PATH first, then the usual places. Never downloads one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists = existsSync): string {
  if (env.CHROME_PATH) {
    if (!exists(env.CHROME_PATH)) throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, which does not exist.`);
    return env.CHROME_PATH;
  }
  const found = CANDIDATES.find((path) => exists(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
        'macOS: install Google Chrome) or point CHROME_PATH at a Chromium or Chrome executable.',
    );
  }
  return found;
}

/** Flags for a quiet headless run on a machine with no outside network. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * One Chromium for the whole run (test/site/global-browser.ts launches it): each test file
 * connects to its endpoint and opens its own contexts, instead of starting a browser of its own.
 */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: findChromium(), args: FLAGS });
}
