/** Show the "Print or save as PDF" buttons where the browser can print, and print on click. */
if (typeof window.print === 'function') {
  for (const control of document.querySelectorAll<HTMLElement>('[data-print-button]')) {
    control.querySelector('button')!.addEventListener('click', () => window.print());
    control.dataset.ready = '';
  }
}

/**
 * An entry of the sources list or the glossary that is open as a card sits in the top layer, out
 * of its list, where paper cannot show it (src/styles/print.css): close every popover before
 * printing, however the reader prints, so that the lists print whole. Hiding a closed one does
 * nothing.
 */
addEventListener('beforeprint', () => {
  for (const popover of document.querySelectorAll<HTMLElement>('[popover]')) popover.hidePopover?.();
});
