import type { Page } from 'playwright-core';

/**
 * Tab through the page once round, from wherever focus is, and read each element that takes
 * focus with `read` (run in the page): until focus leaves the page or comes back to a stop.
 */
export async function tabStops<T>(page: Page, read: (el: Element) => T, limit = 600): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = (
      await page.evaluateHandle(() => {
        const el = document.activeElement;
        const seen = ((window as unknown as { tabSeen?: Set<Element> }).tabSeen ??= new Set());
        if (!el || el === document.body || seen.has(el)) return null;
        seen.add(el);
        return el;
      })
    ).asElement();
    if (!stop) break;
    out.push(await stop.evaluate(read));
  }
  return out;
}
