/** Show the "Print or save as PDF" buttons where the browser can print, and print on click. */
if (typeof window.print === 'function') {
  for (const control of document.querySelectorAll<HTMLElement>('[data-print-button]')) {
    control.querySelector('button')!.addEventListener('click', () => window.print());
    control.dataset.ready = '';
  }
}
