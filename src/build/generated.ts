/**
 * The stylesheets made from typed values rather than written by hand: the custom properties
 * of the design tokens, and the map's label sizes and layout numbers, which the geometry
 * modules also use. ./generated-css.ts serves them as the virtual modules `virtual:tokens.css`
 * (imported by BaseHead) and `virtual:map.css` (imported by BlocMap), so they are inlined
 * like any other stylesheet and only pages with a map carry the map's.
 */
import { REACH_MAX_WIDTH_REM } from '../lib/geo/projections';
import { MAP_VIEWS, mapId, mapViews } from '../lib/geo/views';
import { labelSizes, labelTracking, mapPalette, palette, SMALL_LABEL } from '../styles/tokens';

const rule = (selector: string, declarations: Record<string, string | number>) =>
  `${selector} {\n${Object.entries(declarations)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n')}\n}\n`;
const media = (query: string, body: string) => `${query} {\n${body.replace(/^(?=.)/gm, '  ')}}\n`;
const vars = (prefix: string, values: object) =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [`--${prefix}${name}`, value as string]));

/** The site palette as custom properties on :root: light, dark by the reader's setting, print on paper. */
export function tokensCss(): string {
  return [
    rule(':root', { 'color-scheme': 'light dark', ...vars('', palette.light) }),
    media('@media (prefers-color-scheme: dark)', rule(':root', vars('', palette.dark))),
    media('@media print', rule(':root', { 'color-scheme': 'light', ...vars('', palette.print) })),
  ].join('\n');
}

/**
 * The map's palette, its label sizes by container width, and which composition each view
 * shows: the wide one, or below its breakpoint (the registry's `narrowBelowRem`) the phone one,
 * with the phone label sizes.
 */
export function mapCss(): string {
  const reach = '.bloc-map--reach .bloc-map__frame,\n.bloc-map--reach .bloc-map__table';
  const phone = '.bloc-map__svg.bm-narrow';
  return [
    rule('.bloc-map', { ...vars('bm-', mapPalette.light), '--bm-small': SMALL_LABEL }),
    media('@media screen and (prefers-color-scheme: dark)', rule('.bloc-map', vars('bm-', mapPalette.dark))),
    // Each view's SVG defines its own hatch (ids are unique per page).
    ...MAP_VIEWS.map((view) => rule(`#${mapId(view)}`, { '--bm-hatch': `url(#${mapId(view)}-hatch)` })),
    rule('.bloc-map__svg', { '--bm-s': `${labelSizes.base}px` }),
    ...labelSizes.narrower.map((step) => media(`@container bloc-map (max-width: ${step.maxWidthRem}rem)`, rule('.bloc-map__svg', { '--bm-s': `${step.size}px` }))),
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
  ].join('\n');
}
