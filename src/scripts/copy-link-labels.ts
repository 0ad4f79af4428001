/** What the copy-link button says in each state; the component sizes the button to the longest. */
export const COPY_LINK_LABELS = {
  copy: 'Copy link',
  share: 'Share',
  copied: 'Link copied',
  failed: 'Copy failed',
} as const;
