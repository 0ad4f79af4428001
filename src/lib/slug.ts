import { withBase } from './paths';

/** Lower-case words of letters and digits joined by single hyphens: safe as a path segment and an id. */
export function isKebabSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/** Anchors of the non-argument sections of `/`, which argument pages and the contents link to. */
export const FRONT_ANCHOR = {
  brief: 'in-brief',
  background: 'background',
  next: 'what-happened-next',
  glossary: 'glossary',
  about: 'about',
  corrections: 'corrections',
  cite: 'cite',
  sources: 'sources',
} as const;

/** The share path of one argument (base included); the one place that knows the URL scheme. */
export function argumentPath(slug: string): string {
  return withBase(`/arguments/${slug}/`);
}

/** The anchor of an argument's section on the full read (base included). */
export function fullReadHref(slug: string): string {
  return withBase(`/#${slug}`);
}
