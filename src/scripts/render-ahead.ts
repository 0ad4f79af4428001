/**
 * Lay out the sections of `/` ahead of the reader. On first load the browser lays out only the
 * sections near the screen (`content-visibility: auto`, src/pages/index.astro): laying out the
 * whole explainer at once was the longest task of loading the page. This renders the others one
 * per idle moment, each its own short task, and leaves them rendered, so that the page then
 * measures and scrolls exactly as it would without the hint: a link to a section lands on it, not
 * where an estimate of the sections above put it. Whatever leads to a place in the page before
 * then renders them all first.
 */
const pending = [...document.querySelectorAll<HTMLElement>('.full-read__body > section')];
const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
const page = (url: string) => url.split('#')[0];

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

function renderAll(): void {
  pending.splice(0).forEach(render);
}

// A link into this page: render before the browser works out where to scroll.
addEventListener(
  'click',
  (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (link?.hash && page(link.href) === page(location.href)) renderAll();
  },
  { capture: true },
);
// Any other move to a fragment (a script, history): render, then aim again at the real place.
addEventListener('hashchange', () => {
  if (!pending.length) return;
  renderAll();
  document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
});
// An address with a fragment (#argument-4, or a text fragment, which only the navigation entry
// shows) is scrolled to once the page has loaded: lay every section out before then.
if (performance.getEntriesByType?.('navigation')[0]?.name.includes('#')) renderAll();
else whenIdle(renderNext);
