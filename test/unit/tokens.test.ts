import { describe, expect, it } from 'vitest';
import { contrast } from '../support/contrast';
import { mapPalette, pageMargin, palette } from '../../src/styles/tokens';

const TEXT = ['ink', 'muted', 'link', 'link-visited', 'accent'] as const;

describe.each(['light', 'dark', 'print'] as const)('the %s palette', (theme) => {
  const p = palette[theme];
  it.each(TEXT)('sets %s text at 4.5:1 or more on the paper and on notes', (text) => {
    expect(contrast(p[text], p.paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p[text], p.note)).toBeGreaterThanOrEqual(4.5);
  });
});

it('prints the running title and page numbers at 4.5:1 or more on the paper', () => {
  expect(contrast(pageMargin.ink, palette.print.paper)).toBeGreaterThanOrEqual(4.5);
});

describe.each(['light', 'dark'] as const)('the %s map palette', (theme) => {
  const { paper, muted } = palette[theme];
  const m = mapPalette[theme];

  it('sets bloc labels at 4.5:1 or more on their paper halo, and names inside the US bloc on its fill', () => {
    expect(contrast(m['us-text'], paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(m['cn-text'], paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(paper, m.us)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(muted, m.ocean)).toBeGreaterThanOrEqual(4.5);
  });

  it('sets each bloc apart from the land and the paper around it at 3:1 or more (the China bloc by fill or hatch)', () => {
    for (const ground of [m.land, paper]) {
      expect(contrast(m.us, ground)).toBeGreaterThanOrEqual(3);
      expect(Math.max(contrast(m.cn, ground), contrast(m['cn-line'], ground))).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(m['named-line'], m.named)).toBeGreaterThanOrEqual(3);
    expect(contrast(m['named-line'], m.land)).toBeGreaterThanOrEqual(3);
    expect(contrast(m.ring, m.land)).toBeGreaterThanOrEqual(3);
  });

  it('sets a grouping member in neither bloc 3:1 or more apart from land and from the sea (WCAG 1.4.11)', () => {
    expect(contrast(m.member, m.land)).toBeGreaterThanOrEqual(3);
    expect(contrast(m.member, m.ocean)).toBeGreaterThanOrEqual(3);
  });

  it('keeps land visibly apart from the sea and the paper', () => {
    expect(contrast(m.land, m.ocean)).toBeGreaterThan(1.1);
    expect(contrast(m.land, paper)).toBeGreaterThan(1.1);
  });
});
