/**
 * The stylesheets made from typed values rather than written by hand: the custom properties
 * of the design tokens, the printed page's margins and running title, and the figures' label
 * sizes and layout numbers, which the geometry modules also use. ./generated-css.ts serves them
 * as virtual modules (`virtual:tokens.css` and `virtual:page.css`, imported by BaseHead;
 * `virtual:map.css`, `virtual:timeline.css` and `virtual:triangle.css`, by their figures), so
 * they are inlined like any other stylesheet and only pages with a figure carry its sheet.
 * Each lands in its cascade layer (src/styles/layers.css).
 */
import { site } from '../consts';
import { REACH_MAX_WIDTH_REM } from '../lib/geo/projections';
import { MAP_VIEWS, mapId, mapViews } from '../lib/geo/views';
import { TIMELINE_LABELS } from '../lib/timeline-scene';
import { TRIANGLE_LABEL } from '../lib/triangle-scene';
import { labelSizes, labelTracking, mapPalette, pageMargin, palette, SMALL_LABEL } from '../styles/tokens';

const rule = (selector: string, declarations: Record<string, string | number>) =>
  `${selector} {\n${Object.entries(declarations)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n')}\n}\n`;
const media = (query: string, body: string) => `${query} {\n${body.replace(/^(?=.)/gm, '  ')}}\n`;
const layer = (name: string, ...body: string[]) => media(`@layer ${name}`, body.join('\n'));
const vars = (prefix: string, values: object) => Object.fromEntries(Object.entries(values).map(([name, value]) => [`--${prefix}${name}`, value as string]));

/** The site palette as custom properties on :root: light, dark by the reader's setting, print on paper. */
export function tokensCss(): string {
  return layer(
    'tokens',
    rule(':root', { 'color-scheme': 'light dark', ...vars('', palette.light) }),
    media('@media (prefers-color-scheme: dark)', rule(':root', vars('', palette.dark))),
    media('@media print', rule(':root', { 'color-scheme': 'light', ...vars('', palette.print) })),
  );
}

/**
 * The printed page: margins that fit both A4 and US Letter, and margin boxes with the site's
 * name (but not on the first page, which has the masthead) and the page number.
 * test/browser/print.test.ts reads these margins to measure how full each page is.
 */
export function pageCss(): string {
  const box = (content: string) => ({ content, font: pageMargin.font, color: pageMargin.ink });
  return layer(
    'print',
    media(
      '@page',
      `margin: 15mm 16mm 16mm;\n\n${rule('@top-left', box(JSON.stringify(site.name)))}\n${rule('@bottom-right', box("'page ' counter(page) ' of ' counter(pages)"))}`,
    ),
    media('@page :first', rule('@top-left', { content: 'none' })),
  );
}

/** Which timeline composition shows, and its label size, by the figure's width (TIMELINE_LABELS). */
export function timelineCss(): string {
  const [phone] = TIMELINE_LABELS.narrow;
  return layer(
    'figures',
    rule('.tl__svg', { '--tl-s': `${TIMELINE_LABELS.wide}px` }),
    ...TIMELINE_LABELS.narrow.map((step) =>
      media(
        `@container tl (max-width: ${step.maxWidthRem}rem)`,
        rule('.tl__svg', { '--tl-s': `${step.size}px` }) + (step === phone ? rule('.tl-wide', { display: 'none' }) : ''),
      ),
    ),
    media(`@container tl (min-width: ${phone.maxWidthRem + 0.01}rem)`, rule('.tl-narrow', { display: 'none' })),
  );
}

/** The triangle's label size by its frame's width (TRIANGLE_LABEL). */
export function triangleCss(): string {
  return layer(
    'figures',
    rule('.tri__svg', { 'font-size': `${TRIANGLE_LABEL.wide}px` }),
    media(`@container tri (max-width: ${TRIANGLE_LABEL.narrowBelowRem}rem)`, rule('.tri__svg', { 'font-size': `${TRIANGLE_LABEL.narrow}px` })),
  );
}

/**
 * The map's palette, its label sizes by container width, and which composition each view
 * shows: the wide one, or below its breakpoint (the registry's `narrowBelowRem`) the phone one,
 * with the phone label sizes.
 */
export function mapCss(): string {
  const reach = '.bloc-map--reach .bloc-map__frame,\n.bloc-map--reach .bloc-map__table';
  const phone = '.bloc-map__svg.bm-narrow';
  return layer(
    'figures',
    rule('.bloc-map', { ...vars('bm-', mapPalette.light), '--bm-small': SMALL_LABEL }),
    media('@media screen and (prefers-color-scheme: dark)', rule('.bloc-map', vars('bm-', mapPalette.dark))),
    // Each view's SVG defines its own hatch (ids are unique per page).
    ...MAP_VIEWS.map((view) => rule(`#${mapId(view)}`, { '--bm-hatch': `url(#${mapId(view)}-hatch)` })),
    rule('.bloc-map__svg', { '--bm-s': `${labelSizes.base}px` }),
    ...labelSizes.narrower.map((step) =>
      media(`@container bloc-map (max-width: ${step.maxWidthRem}rem)`, rule('.bloc-map__svg', { '--bm-s': `${step.size}px` })),
    ),
    rule(phone, { display: 'none', '--bm-s': `${labelSizes.phone[0]!.size}px` }),
    ...labelSizes.phone.slice(1).map((step) => media(`@container bloc-map (max-width: ${step.maxWidthRem}rem)`, rule(phone, { '--bm-s': `${step.size}px` }))),
    ...MAP_VIEWS.map((view) =>
      media(
        `@container bloc-map (max-width: ${mapViews[view].narrowBelowRem}rem)`,
        rule(`.bloc-map--${view} .bm-wide`, { display: 'none' }) + rule(`.bloc-map--${view} .bm-narrow`, { display: 'block' }),
      ),
    ),
    ...Object.entries(labelTracking).map(([kind, em]) => rule(`.bm-labels .bm-${kind}`, { 'letter-spacing': `${em}em` })),
    rule(reach, { 'max-width': `${REACH_MAX_WIDTH_REM}rem`, 'margin-inline': 'auto' }),
  );
}
