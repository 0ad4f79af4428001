import { describe, expect, it } from 'vitest';
import { findChromium } from '../support/chromium';

describe('finding a browser for the browser tests', () => {
  it('prefers CHROME_PATH', () => {
    expect(findChromium({ CHROME_PATH: '/opt/my/chrome' }, (p) => p === '/opt/my/chrome' || p === '/usr/bin/chromium')).toBe('/opt/my/chrome');
  });

  it('refuses a CHROME_PATH that does not exist rather than testing another browser', () => {
    expect(() => findChromium({ CHROME_PATH: '/nope/chrome' }, (p) => p === '/usr/bin/chromium')).toThrow(/CHROME_PATH/);
  });

  it('falls back to Debian’s chromium', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });

  it('fails with install instructions instead of skipping', () => {
    expect(() => findChromium({}, () => false)).toThrow(/apt-get install chromium/);
  });
});
