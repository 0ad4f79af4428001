import { describe, expect, it } from 'vitest';
import { rect, windowAt } from '../../../src/lib/geo/compose';
import { phone, placeLabels, wide, type LabelSpec } from '../../../src/lib/geo/composition';
import { labelBox, overlaps } from '../../../src/lib/geo/labels';

describe('one label engine for every composition', () => {
  const whole = wide(400, 200, [10, 20]);

  it('writes each label once and lets a composition change or leave out what it needs', () => {
    const specs: LabelSpec[] = [
      { text: 'Both', at: [100, 100] },
      { text: 'Wide only', at: [300, 50], phone: false },
      { text: 'Moved', at: [200, 150], phone: { at: [50, 20], window: 1 } },
    ];
    expect(placeLabels(specs, whole).map((l) => [l.text, l.x, l.y])).toEqual([
      ['Both', 100, 100],
      ['Wide only', 300, 50],
      ['Moved', 200, 150],
    ]);
    // The phone's second window shows the drawing's top-left quarter twice as large, lower down.
    const small = phone([windowAt(rect(0, 0, 400, 200), 0, 0, 720), windowAt(rect(0, 0, 200, 100), 0, 400, 720)], 800);
    const placed = placeLabels(specs, small);
    expect(placed.map((l) => l.text)).toEqual(['Both', 'Moved']);
    expect([placed[1]!.x, placed[1]!.y]).toEqual([180, 400 + 20 * 3.6]);
  });

  it('takes the first place that fits, clear of the labels before it at every size', () => {
    const specs: LabelSpec[] = [
      { text: 'First', point: [200, 100], sides: ['e'] },
      { text: 'Second', point: [200, 100], sides: ['e', 'w'] },
    ];
    const [first, second] = placeLabels(specs, whole);
    expect(second!.anchor).toBe('end');
    for (const size of whole.sizes) expect(overlaps(labelBox(first!, size), labelBox(second!, size))).toBe(false);
  });

  it('fails the build on a label that fits nowhere, unless it is optional', () => {
    const clipped: LabelSpec = { text: 'Off the edge', at: [398, 100] };
    expect(() => placeLabels([clipped], whole)).toThrow(/No room for the wide label "Off the edge"/);
    expect(placeLabels([{ ...clipped, optional: true }], whole)).toEqual([]);
    const taken = [whole.sizes.map(() => ({ x0: 0, y0: 0, x1: 400, y1: 200 }))];
    expect(() => placeLabels([{ text: 'Covered', at: [100, 100] }], whole, taken)).toThrow(/Covered/);
  });
});
