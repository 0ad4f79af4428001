import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DeployConfigError, normaliseBase, prefixBase, readDeployConfig } from '../../src/lib/deploy-config';
import { SITE_ORIGIN } from '../support/pinned';

describe('SITE_URL and BASE_PATH', () => {
  it('defaults to the site’s own origin, on the reserved .example domain, at the root', () => {
    expect(readDeployConfig({})).toEqual({ site: SITE_ORIGIN, base: '/' });
    // .example is reserved (RFC 2606): an unset SITE_URL can never point at someone's real site.
    expect(new URL(SITE_ORIGIN).hostname).toMatch(/\.example$/);
  });

  it('names SITE_URL when it is not a web address, and says what to write', () => {
    expect(() => readDeployConfig({ SITE_URL: 'not-a-url' })).toThrow(/SITE_URL is not a web address: "not-a-url"/);
    expect(() => readDeployConfig({ SITE_URL: 'ftp://example.org' })).toThrow(/SITE_URL must start with https:\/\//);
    expect(() => readDeployConfig({ SITE_URL: 'https://example.org/?x=1' })).toThrow(/SITE_URL must be a plain address/);
    const error = (() => {
      try {
        readDeployConfig({ SITE_URL: 'example.org' });
      } catch (e) {
        return e as DeployConfigError;
      }
    })();
    expect(error?.hint).toMatch(/https:\/\/explainer\.example\.org/);
  });

  it('takes the sub-path from BASE_PATH, in any spelling, or from the end of SITE_URL', () => {
    for (const BASE_PATH of ['explainer', '/explainer', '/explainer/']) {
      expect(readDeployConfig({ SITE_URL: 'https://user.github.io', BASE_PATH })).toEqual({ site: 'https://user.github.io', base: '/explainer/' });
    }
    expect(readDeployConfig({ SITE_URL: 'https://user.github.io/explainer' }).base).toBe('/explainer/');
    expect(readDeployConfig({ SITE_URL: 'https://user.github.io/explainer/', BASE_PATH: 'explainer' }).base).toBe('/explainer/');
  });

  it('refuses a sub-path that disagrees with SITE_URL or is not a clean path', () => {
    expect(() => readDeployConfig({ SITE_URL: 'https://user.github.io/a/', BASE_PATH: '/b/' })).toThrow(/different sub-paths/);
    expect(() => normaliseBase('/../etc/')).toThrow(/BASE_PATH must be a path such as \/explainer\//);
    expect(() => normaliseBase('/a b/')).toThrow(/BASE_PATH/);
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/a/b')).toBe('/a/b/');
  });

  it('puts the base in front of site paths only', () => {
    expect(prefixBase('/arguments/x/', '/explainer/')).toBe('/explainer/arguments/x/');
    expect(prefixBase('/#background', '/explainer/')).toBe('/explainer/#background');
    expect(prefixBase('/', '/explainer/')).toBe('/explainer/');
    expect(prefixBase('#sources', '/explainer/')).toBe('#sources');
    expect(prefixBase('https://example.org/x', '/explainer/')).toBe('https://example.org/x');
    expect(prefixBase('//example.org/x', '/explainer/')).toBe('//example.org/x');
    expect(prefixBase('/arguments/x/', '/')).toBe('/arguments/x/');
  });
});

describe('quiet builds', () => {
  it('turns Astro telemetry off in every npm script that runs Astro or vitest', () => {
    const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    for (const [name, command] of Object.entries(scripts)) {
      for (const step of command.split('&&')) {
        if (/\b(astro|vitest)\b/.test(step)) expect(step.trim(), `npm run ${name}`).toMatch(/^ASTRO_TELEMETRY_DISABLED=1 /);
      }
    }
  });
});
