import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { ESSAY, readSharedFile, sharedPath } from './shared-folder';

export interface EssayForQuotes {
  /** The essay's text, or undefined where it is absent. */
  essay: string | undefined;
  /** Said in the build output when the quotes go unchecked. */
  warning?: string;
}

/** Variables that CI services and static hosts set on their builds (Netlify sets NETLIFY, Cloudflare Pages CF_PAGES). */
export const HOSTED_BUILD = ['CI', 'GITHUB_ACTIONS', 'NETLIFY', 'CF_PAGES'] as const;

/**
 * The essay every `<Quote>` is checked against, from the shared folder where the tests read it.
 * Without it a local build goes on but says plainly that the quotes were not checked; a CI or
 * hosting build (HOSTED_BUILD) publishes, so it stops instead. See docs/deploying.md.
 */
export function essayForQuotes(env: NodeJS.ProcessEnv = process.env, read = readSharedFile): EssayForQuotes {
  const essay = read(ESSAY, env);
  if (essay !== undefined) return { essay };
  const where = sharedPath(ESSAY, env);
  const hosted = HOSTED_BUILD.find((name) => env[name] && env[name] !== 'false');
  if (hosted) {
    throw new AstroError(
      `The essay is not at ${where}, so the quotes cannot be checked, and a CI or hosting build (${hosted} is set) does not publish unchecked quotes.`,
      'Provide the shared folder to the build: check it out beside the repository as ../shared, or set SHARED_DIR to where it is (docs/deploying.md).',
    );
  }
  return {
    essay,
    warning: `Quotes were NOT checked against the essay: ${where} was not found. Put the shared folder beside the repository or set SHARED_DIR before publishing this build.`,
  };
}

/** Says in the build output, at its start and again at its end, that the quotes went unchecked. */
export function quotesUncheckedNotice(warning: string | undefined): AstroIntegration {
  return {
    name: 'explainer:quotes',
    hooks: {
      'astro:config:setup': ({ logger }) => void (warning && logger.warn(warning)),
      'astro:build:done': ({ logger }) => void (warning && logger.warn(warning)),
    },
  };
}
