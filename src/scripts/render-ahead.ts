/**
 * Lay out the sections of `/` ahead of the reader. On first load the browser lays out only the
 * sections near the screen (`content-visibility: auto`, src/pages/index.astro): laying out the
 * whole explainer at once was the longest task of loading the page. This renders the others one
 * per idle moment, each its own short task, and leaves them rendered, so that the page then
 * measures and scrolls exactly as it would without the hint: a link to a section lands on it, not
 * where an estimate of the sections above put it. A move to a fragment before then renders them
 * all and aims again.
 */
// Every section: the hint is on the outer ones (a nested section is laid out with its own).
const pending = [...document.querySelectorAll<HTMLElement>('section')];
const later = window.requestIdleCallback ?? setTimeout;
const render = (section: HTMLElement) => (section.style.contentVisibility = 'visible');
const renderAll = () => pending.splice(0).forEach(render);

function renderNext(): void {
  const section = pending.shift();
  if (section) {
    render(section);
    // Lay it out in this idle moment, alone, rather than with the next section in a later frame.
    void section.offsetHeight;
    later(renderNext);
  }
}

addEventListener('hashchange', () => {
  if (pending.length) {
    renderAll();
    document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }
});
// An address with a fragment (#argument-4, or a text fragment, which only the navigation entry
// shows) is scrolled to once the page has loaded: lay every section out before then.
if (performance.getEntriesByType('navigation')[0]?.name.includes('#')) renderAll();
else later(renderNext);
