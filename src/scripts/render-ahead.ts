/**
 * Lay out the sections of `/` ahead of the reader. On first load the browser lays out only the
 * sections near the screen (`content-visibility: auto`, src/pages/index.astro): laying out the
 * whole explainer at once was the longest task of loading the page. This renders the others one
 * per idle moment, each its own short task, and leaves them rendered, so that the page then
 * measures and scrolls exactly as it would without the hint: a link to a section lands on it, not
 * where an estimate of the sections above put it. A click on an in-page link before then renders
 * them all first.
 */
const pending = [...document.querySelectorAll<HTMLElement>('.full-read__body > section')];
const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));

function render(section: HTMLElement): void {
  section.style.contentVisibility = 'visible';
}

function renderNext(): void {
  const section = pending.shift();
  if (!section) return;
  render(section);
  // Lay it out in this idle moment, alone, rather than with the next section in a later frame.
  void section.offsetHeight;
  whenIdle(renderNext);
}

addEventListener(
  'click',
  (event) => {
    if (pending.length && event.target instanceof Element && event.target.closest('a[href^="#"]')) pending.splice(0).forEach(render);
  },
  { capture: true },
);
whenIdle(renderNext);
