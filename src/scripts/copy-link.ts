/**
 * Reveal the copy-link buttons once we know the clipboard works, and copy the share URL on click.
 * Where the browser has a native share sheet the button offers that instead; no third parties.
 */
const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-copy-url]');
const canShare = typeof navigator.share === 'function' && matchMedia('(pointer: coarse)').matches;

if (canShare || navigator.clipboard) {
  for (const button of buttons) {
    const label = canShare ? 'Share' : 'Copy link';
    button.textContent = label;
    if (canShare) button.setAttribute('aria-label', button.getAttribute('aria-label')!.replace('Copy link to', 'Share'));
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = button.dataset.copyUrl!;
      try {
        if (canShare) {
          await navigator.share({ url, title: document.title });
          return;
        }
        await navigator.clipboard.writeText(url);
        button.textContent = 'Link copied';
      } catch {
        button.textContent = canShare ? label : 'Copy failed';
      }
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}
