/**
 * Where the site is published, read from the environment once, at config time. Pure, so the
 * messages an editor or deployer sees are unit-tested (test/unit/deploy-config.test.ts).
 */

import { DEFAULT_ORIGIN } from '../consts';

export interface DeployConfig {
  /** The public origin, e.g. `https://user.github.io`. */
  site: string;
  /** The path the site is served under, with leading and trailing slash: `/` or `/explainer/`. */
  base: string;
}

/** A problem with the deploy settings, worded for whoever typed them. */
export class DeployConfigError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'DeployConfigError';
  }
}

/**
 * Read SITE_URL (an origin, or an origin with the sub-path) and BASE_PATH (the sub-path).
 * A path in SITE_URL is taken as the base when BASE_PATH is unset, and must agree with it when set.
 */
export function readDeployConfig(env: Record<string, string | undefined>): DeployConfig {
  const raw = env.SITE_URL?.trim() || DEFAULT_ORIGIN;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DeployConfigError(
      `SITE_URL is not a web address: "${raw}".`,
      'Set SITE_URL to the public address of the site, such as https://explainer.example.org (with https://), or leave it unset.',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DeployConfigError(
      `SITE_URL must start with https:// (or http://), not "${url.protocol}": "${raw}".`,
      'Use the address readers type, such as https://explainer.example.org.',
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new DeployConfigError(
      `SITE_URL must be a plain address without "?", "#" or a user name: "${raw}".`,
      'Use only the origin and, if any, the sub-path, such as https://user.github.io/explainer/.',
    );
  }
  const fromSite = url.pathname === '/' ? undefined : url.pathname;
  const fromEnv = env.BASE_PATH?.trim() || undefined;
  const base = normaliseBase(fromEnv ?? fromSite ?? '/');
  if (fromEnv && fromSite && normaliseBase(fromSite) !== base) {
    throw new DeployConfigError(
      `SITE_URL ("${raw}") and BASE_PATH ("${fromEnv}") name different sub-paths.`,
      'Give the sub-path once: either in BASE_PATH (with SITE_URL the bare origin) or at the end of SITE_URL.',
    );
  }
  return { site: url.origin, base };
}

/** `explainer`, `/explainer` and `/explainer/` all mean `/explainer/`; anything unsafe in a URL path is refused. */
export function normaliseBase(value: string): string {
  const segments = value.split('/').filter(Boolean);
  for (const segment of segments) {
    if (segment === '.' || segment === '..' || !/^[A-Za-z0-9._~-]+$/.test(segment)) {
      throw new DeployConfigError(
        `BASE_PATH must be a path such as /explainer/, not "${value}".`,
        'Use letters, digits, "-", "_", "." and "~" between the slashes; leave BASE_PATH unset to serve the site at the root of its host.',
      );
    }
  }
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/** A path inside the site (`/arguments/x/`) as readers request it under `base`; `#x` and outside URLs unchanged. */
export function prefixBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//') || base === '/') return path;
  return `${base}${path.slice(1)}`;
}
