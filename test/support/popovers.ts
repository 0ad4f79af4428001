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

/** An element's box in page coordinates, wherever the page is scrolled: where a closed card sits in its list. */
export const pageBox = (el: Locator) =>
  el.evaluate((e) => {
    const { x, y, width, height } = e.getBoundingClientRect();
    return { x: x + scrollX, y: y + scrollY, width, height };
  });

/** An open card sits just below or just above what opened it, overlapping it horizontally, inside the viewport's width. */
export async function expectBeside(opener: Locator, card: Locator, viewportWidth: number): Promise<void> {
  const [o, c] = [(await opener.boundingBox())!, (await card.boundingBox())!];
  expect(Math.min(Math.abs(c.y - (o.y + o.height)), Math.abs(o.y - (c.y + c.height)))).toBeLessThan(16);
  expect(c.x).toBeLessThan(o.x + o.width);
  expect(c.x + c.width).toBeGreaterThan(o.x);
  expect(c.x + c.width).toBeLessThanOrEqual(viewportWidth);
}
