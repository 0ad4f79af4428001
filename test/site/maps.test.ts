import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { BUDGET } from '../support/budgets';
import { builtPages } from '../support/dist-pages';

const pages = builtPages(inject('distDir'));

/** Where each map view belongs: the hero of /, argument 4 and argument 5. */
const PLACES = [
  { view: 'overview', path: '/', within: 'main' },
  { view: 'reach', path: '/arguments/costs-and-proximity/', within: '#costs-and-proximity' },
  { view: 'alignments', path: '/arguments/multipolar-region/', within: '#multipolar-region' },
] as const;

describe('the maps in the built site', () => {
  it.each(PLACES)('the $view view sits in $path', ({ view, path, within }) => {
    const svg = pages.get(path)!.doc.querySelector(`${within} svg[data-view="${view}"]`);
    expect(svg).not.toBeNull();
  });

  it.each(PLACES.filter((p) => p.view !== 'overview'))('the $view view follows the prose it illustrates rather than opening its section', ({ view, path }) => {
    const figure = pages.get(path)!.doc.querySelector(`#map-${view}`)!;
    expect(figure.previousElementSibling?.tagName).toBe('P');
  });

  it.each(PLACES)('the $view view also appears in the full explainer, once', ({ view }) => {
    expect(pages.get('/')!.doc.querySelectorAll(`svg[data-view="${view}"]`)).toHaveLength(1);
  });

  it.each(PLACES)('the $view view costs at most 9 KB of gzipped SVG, wide and phone compositions together', ({ view, path }) => {
    const frame = pages.get(path)!.doc.querySelector(`#map-${view} .bloc-map__frame`)!;
    expect(frame.querySelectorAll('svg.bloc-map__svg')).toHaveLength(2);
    expect(gzipSync(frame.outerHTML).length).toBeLessThanOrEqual(BUDGET.mapView);
  });

  it.each(PLACES)('the $view view draws its land once: both compositions <use> one shared drawing', ({ view, path }) => {
    const frame = pages.get(path)!.doc.querySelector(`#map-${view} .bloc-map__frame`)!;
    const [wide, narrow] = frame.querySelectorAll('svg.bloc-map__svg');
    expect(frame.querySelectorAll('.bm-land')).toHaveLength(1);
    expect(frame.querySelector('.bm-defs .bm-land')).not.toBeNull();
    for (const svg of [wide!, narrow!]) {
      expect(svg.querySelector('.bm-land')).toBeNull();
      expect(svg.querySelectorAll('use').length).toBeGreaterThan(0);
    }
  });

  it.each(PLACES)('both compositions of the $view view reserve their space before CSS loads (viewBox plus size) and share one name', ({ view, path }) => {
    const svgs = pages.get(path)!.doc.querySelectorAll(`#map-${view} svg.bloc-map__svg`);
    for (const svg of svgs) {
      expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
      expect(svg.getAttribute('width')).toBeTruthy();
      expect(svg.getAttribute('height')).toBeTruthy();
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-labelledby')).toBe(`map-${view}-title`);
    }
  });

  it('keeps the whole explainer, maps included, within 3x the gzip size of its visible text', () => {
    const home = pages.get('/')!;
    const visibleText = home.doc.querySelector('body')!.structuredText;
    expect(gzipSync(home.html).length).toBeLessThanOrEqual(BUDGET.fullReadToTextRatio * gzipSync(visibleText).length);
  });
});
