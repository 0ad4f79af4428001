import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Whether the popover with this id is open. */
export const isOpen = (page: Page, id: string) => page.evaluate((id) => document.getElementById(id)!.matches(':popover-open'), id);

/** An open card lies wholly inside the viewport, so a reader never has to scroll to read it. */
export async function expectInsideViewport(card: Locator, viewport: { width: number; height: number }, label: string): Promise<void> {
  const box = (await card.boundingBox())!;
  expect(box.x, label).toBeGreaterThanOrEqual(0);
  expect(box.y, label).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, label).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height, label).toBeLessThanOrEqual(viewport.height);
}
