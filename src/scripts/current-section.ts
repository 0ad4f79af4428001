/**
 * Mark the contents entry of the section being read with aria-current="location": the last
 * section whose top has passed the upper third of the viewport. Measured on scroll, once per
 * frame, so small steps (trackpads, touch, smooth scrolling) update it as surely as jumps do.
 */
const nav = document.querySelector<HTMLElement>('[data-contents]');
const links = nav ? [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')] : [];
const sections = links
  .map((link) => ({ link, target: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
  .filter((s): s is { link: HTMLAnchorElement; target: HTMLElement } => s.target !== null);

let queued = false;

function markCurrent(): void {
  queued = false;
  const line = innerHeight / 3;
  const current = sections.findLast(({ target }) => target.getBoundingClientRect().top <= line);
  for (const { link } of sections) {
    if (link === current?.link) link.setAttribute('aria-current', 'location');
    else link.removeAttribute('aria-current');
  }
}

function queue(): void {
  if (!queued) {
    queued = true;
    requestAnimationFrame(markCurrent);
  }
}

if (sections.length) {
  addEventListener('scroll', queue, { passive: true });
  addEventListener('resize', queue, { passive: true });
  markCurrent();
}
