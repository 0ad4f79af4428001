/**
 * The one place that turns a path inside the site (`/arguments/x/`) into the path readers
 * request, which carries the base when the site is deployed under a sub-path (BASE_PATH).
 * Every internal href, asset, canonical and share URL goes through withBase. Build-time only:
 * it reads the same environment as astro.config.mjs (not import.meta.env.BASE_URL, which any
 * BASE_URL variable in the shell would override).
 */
import { prefixBase, readDeployConfig } from './deploy-config';

/** The deployed base, `/` or `/explainer/`. */
export const BASE: string = readDeployConfig(process.env).base;

/** `/arguments/x/` under base `/explainer/` is `/explainer/arguments/x/`; `#x` and outside URLs are left alone. */
export function withBase(path: string, base: string = BASE): string {
  return prefixBase(path, base);
}

/** The path of `/` under the base: the full explainer. */
export function homePath(base: string = BASE): string {
  return withBase('/', base);
}
