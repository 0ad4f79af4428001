/**
 * Reveal the copy-link buttons where the browser offers a clipboard (or, on touch screens, a
 * share sheet), copy or share the URL on click, and announce the result in the button's own
 * status region. No third parties.
 */
import { COPY_LINK_LABELS as LABEL } from './copy-link-labels';

const canShare = typeof navigator.share === 'function' && matchMedia('(pointer: coarse)').matches;
const RESET_AFTER_MS = 2000;

for (const control of document.querySelectorAll<HTMLElement>('[data-copy-link]')) {
  const button = control.querySelector('button')!;
  const label = button.querySelector<HTMLElement>('[data-label]')!;
  const status = control.querySelector<HTMLElement>('[role="status"]')!;
  const { url, title } = control.dataset as { url: string; title: string };
  if (!canShare && !navigator.clipboard) continue;

  const idle = canShare ? LABEL.share : LABEL.copy;
  label.textContent = idle;
  control.dataset.ready = '';
  let reset: ReturnType<typeof setTimeout> | undefined;

  button.addEventListener('click', async () => {
    clearTimeout(reset);
    try {
      if (canShare) {
        await navigator.share({ url, title });
        return;
      }
      await navigator.clipboard.writeText(url);
      label.textContent = LABEL.copied;
    } catch (error) {
      // Closing the share sheet is not a failure worth reporting.
      if (canShare && error instanceof DOMException && error.name === 'AbortError') return;
      label.textContent = LABEL.failed;
    }
    status.textContent = label.textContent;
    reset = setTimeout(() => {
      label.textContent = idle;
      status.textContent = '';
    }, RESET_AFTER_MS);
  });
}
