/**
 * Copy controls: a page's link (`data-copy-link` with `data-url`) or a quote's (the `href` of
 * its link, resolved by the browser), or the text of
 * a citation (`data-copy-text`, naming the element that holds it). Each is revealed where the
 * browser offers a clipboard (links also where a touch screen offers a share sheet), copies or
 * shares on click, and announces the result in its own status region. No third parties.
 */
import { COPY_LINK_LABELS as LABEL } from './copy-link-labels';

const canShare = typeof navigator.share === 'function' && matchMedia('(pointer: coarse)').matches;
const RESET_AFTER_MS = 2000;

for (const control of document.querySelectorAll<HTMLElement>('[data-copy-link], [data-copy-text]')) {
  const trigger = control.querySelector<HTMLElement>('button, a')!;
  const label = control.querySelector<HTMLElement>('[data-label]')!;
  const status = control.querySelector<HTMLElement>('[role="status"]')!;
  const { title, copyText, shareLabel } = control.dataset;
  const url = control.dataset.url ?? (trigger instanceof HTMLAnchorElement ? trigger.href : undefined);
  // A citation is text to paste, not something to send, so only links use the share sheet.
  const share = canShare && url !== undefined;
  if (!share && !navigator.clipboard) continue;

  if (share && shareLabel) label.textContent = shareLabel;
  const idle = label.textContent;
  control.hidden = false;
  control.dataset.ready = '';
  let reset: ReturnType<typeof setTimeout> | undefined;

  trigger.addEventListener('click', async (event) => {
    event.preventDefault();
    clearTimeout(reset);
    let result: string = url ? LABEL.copied : 'Copied';
    try {
      if (share) {
        await navigator.share({ url, title });
        return;
      }
      await navigator.clipboard.writeText(url ?? document.getElementById(copyText!)!.textContent!.trim());
    } catch (error) {
      // Closing the share sheet is not a failure worth reporting.
      if (share && error instanceof DOMException && error.name === 'AbortError') return;
      result = LABEL.failed;
    }
    label.textContent = status.textContent = result;
    reset = setTimeout(() => {
      label.textContent = idle;
      status.textContent = '';
    }, RESET_AFTER_MS);
  });
}
