/**
 * Mark the contents entry of the section being read with aria-current="location".
 * The section counts as current once its top passes the upper third of the viewport.
 */
const nav = document.querySelector<HTMLElement>('[data-contents]');
const links = nav ? [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')] : [];
const targets = links
  .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
  .filter((el): el is HTMLElement => el !== null);

function markCurrent(): void {
  const line = innerHeight / 3;
  let current: HTMLElement | undefined;
  for (const target of targets) if (target.getBoundingClientRect().top <= line) current = target;
  for (const link of links) {
    if (current && link.hash === `#${current.id}`) link.setAttribute('aria-current', 'location');
    else link.removeAttribute('aria-current');
  }
}

if (targets.length) {
  // The observer only says when a boundary is crossed; the position check decides which section wins.
  const observer = new IntersectionObserver(markCurrent, { rootMargin: '0px 0px -66% 0px' });
  targets.forEach((target) => observer.observe(target));
  markCurrent();
}
