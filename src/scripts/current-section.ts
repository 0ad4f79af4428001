/**
 * Mark the contents entry of the section being read with aria-current="location": the last
 * section whose top has passed the upper third of the viewport. Measured on scroll, once per
 * frame, so small steps (trackpads, touch, smooth scrolling) update it as surely as jumps do.
 * The bar that names the section on narrower screens (`[data-here]`, Contents.astro) shows the
 * entry's words, without the number's words for screen readers; the DOM changes only when the
 * section does.
 */
const nav = document.querySelector<HTMLElement>('[data-contents]');
const links = nav ? [...nav.querySelectorAll<HTMLAnchorElement>('li a[href^="#"]')] : [];
const sections = links
  .map((link) => ({ link, target: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
  .filter((s): s is { link: HTMLAnchorElement; target: HTMLElement } => s.target !== null);

const here = document.querySelector<HTMLElement>('[data-here]');
let queued = false;
let shown: HTMLAnchorElement | undefined;

function markCurrent(): void {
  queued = false;
  const line = innerHeight / 3;
  const current = sections.findLast(({ target }) => target.getBoundingClientRect().top <= line)?.link;
  if (current === shown) return;
  shown?.removeAttribute('aria-current');
  current?.setAttribute('aria-current', 'location');
  shown = current;
  if (here) {
    here.hidden = !current;
    here.lastElementChild!.textContent = current
      ? [...current.childNodes]
          .filter((n) => !(n as Element).classList?.contains('visually-hidden'))
          .map((n) => n.textContent)
          .join(' ')
      : '';
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
