import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { contrast } from './contrast';

/** The rendered colours of one map's fills: land, sea, each bloc, the hatch and the named states' outline. */
export function readFills(page: Page, view: string) {
  return page.evaluate((view) => {
    const figure = document.querySelector(`#map-${view}`)!;
    const style = (selector: string) => {
      const el = figure.querySelector(selector);
      return el ? getComputedStyle(el) : undefined;
    };
    return {
      // What the map is drawn on: its frame's own background if it has one (forced colours), else the page's.
      paper: [figure.querySelector('.bloc-map__frame'), document.body]
        .map((el) => getComputedStyle(el ?? document.body).backgroundColor)
        .find((c) => c !== 'rgba(0, 0, 0, 0)')!,
      land: style('.bm-land')?.fill,
      ocean: style('.bm-ocean')?.fill,
      us: style('[data-bloc="us"]:not(text)')?.fill,
      hatchFill: style('.bm-hatch rect')?.fill,
      hatchLine: style('.bm-hatch path')?.stroke,
      namedLine: style('.bm-states [data-bloc="named"]')?.stroke,
      member: style('.bm-key [data-bloc="member"], .bm-key [data-swatch="member"]')?.fill,
    };
  }, view);
}

/** Every fill that carries meaning sits 3:1 or more apart from plain land, by fill, hatch or outline; land stays apart from the sea. */
export function expectFillsApart(f: Awaited<ReturnType<typeof readFills>>): void {
  const land = f.land!;
  expect(contrast(f.us!, land), 'US–Japan–ROK fill against land').toBeGreaterThanOrEqual(3);
  expect(Math.max(contrast(f.hatchFill!, land), contrast(f.hatchLine!, land)), 'China bloc hatch against land').toBeGreaterThanOrEqual(3);
  if (f.namedLine) expect(contrast(f.namedLine, land), 'named states’ outline against land').toBeGreaterThanOrEqual(3);
  if (f.member) expect(contrast(f.member, land), '“member, neither bloc” against land').toBeGreaterThanOrEqual(3);
  // Land stays apart from the sea (the ocean, or the paper where the map has none).
  expect(contrast(land, f.ocean ?? f.paper), 'land against sea').toBeGreaterThan(1.1);
}
