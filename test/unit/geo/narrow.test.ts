import { describe, expect, it } from 'vitest';
import { blocs } from '../../../src/data/blocs';
import { memberships } from '../../../src/data/memberships';
import { around, clampTo, placed, rect, shows, through, widenTo, windowAt, type Window } from '../../../src/lib/geo/compose';
import { labelBox, overlaps, SMALL, type Box } from '../../../src/lib/geo/labels';
import { NARROW_LABEL_SIZES, NARROW_LABEL_STEPS, NARROWEST_PX, smallestLabelPx } from '../../../src/lib/geo/composition';
import { keyBoxes } from '../../../src/lib/geo/views/key';
import { alignmentsNarrow, alignmentsScene } from '../../../src/lib/geo/views/alignments';
import { overviewScene } from '../../../src/lib/geo/views/overview';
import { reachScene } from '../../../src/lib/geo/views/reach';
import { NEAR } from '../../../src/lib/geo/views/reach';
import type { MapKey, MapLabel } from '../../../src/lib/geo/views/types';
import { pathPoints, unseen } from '../../support/geo';

const inBox = (b: Box, frame: Box) => b.x0 >= frame.x0 && b.y0 >= frame.y0 && b.x1 <= frame.x1 && b.y1 <= frame.y1;
const boxOfRect = ({ x, y, width, height }: { x: number; y: number; width: number; height: number }): Box => ({ x0: x, y0: y, x1: x + width, y1: y + height });

/** Labels clear of each other and of the key, each inside the composition, at every narrow label size. */
function expectClearNarrowLayout(labels: readonly MapLabel[], key: MapKey, width: number, height: number) {
  const keys = keyBoxes(key, NARROW_LABEL_SIZES);
  NARROW_LABEL_SIZES.forEach((size, i) => {
    expect(inBox(keys[i]!, { x0: 0, y0: 0, x1: width, y1: height }), `key inside at ${size}`).toBe(true);
    const boxes = labels.map((l) => labelBox(l, size));
    boxes.forEach((box, a) => {
      expect(inBox(box, { x0: 0, y0: 0, x1: width, y1: height }), `"${labels[a]!.text}" inside at ${size}`).toBe(true);
      expect(overlaps(box, keys[i]!), `"${labels[a]!.text}" clear of the key at ${size}`).toBe(false);
      boxes.slice(a + 1).forEach((other, b) => {
        expect(overlaps(box, other), `"${labels[a]!.text}" and "${labels[a + b + 1]!.text}" at ${size}`).toBe(false);
      });
    });
  });
}

/** Whether a label lies inside one of the windows (never across a window's edge). */
const insideAWindow = (label: MapLabel, windows: readonly Window[]) =>
  NARROW_LABEL_SIZES.every((size) => windows.some((w) => inBox(labelBox(label, size), boxOfRect(placed(w)))));

describe('narrow label sizes', () => {
  it('keep small labels (seas, the key) at 11 CSS px or more, from each step down to the next, and to a 320 px phone', () => {
    for (const px of smallestLabelPx(SMALL)) expect(px).toBeGreaterThanOrEqual(11);
    expect(NARROW_LABEL_STEPS.at(-1)!.maxWidthRem * 16).toBeGreaterThan(NARROWEST_PX);
  });

  it('grow as the figure narrows', () => {
    const sizes = NARROW_LABEL_STEPS.map((s) => s.size);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
  });
});

describe('compositions (pure geometry)', () => {
  it('frames boxes with padding, widens tall crops about their centre and keeps them in bounds', () => {
    const r = around([{ x0: 10, y0: 20, x1: 30, y1: 60 }], 2);
    expect(r).toEqual(rect(8, 18, 24, 44));
    const wide = widenTo(r, 0.5);
    expect(wide.height / wide.width).toBeCloseTo(0.5);
    expect(wide.x + wide.width / 2).toBeCloseTo(r.x + r.width / 2);
    expect(widenTo(r, 0.5, rect(0, 0, 200, 200)).x).toBe(0);
    expect(clampTo(rect(-5, -5, 20, 20), rect(0, 0, 10, 10))).toEqual(rect(0, 0, 10, 10));
  });

  it('maps points through windows, and knows which points each shows', () => {
    const windows = [windowAt(rect(0, 0, 100, 50), 0, 0, 400), windowAt(rect(100, 0, 200, 100), 0, 210, 400)];
    expect(windows.map((w) => w.scale)).toEqual([4, 2]);
    expect(through(windows[1]!, [150, 50])).toEqual([100, 310]);
    expect(shows(windows[0]!, [150, 10])).toBe(false);
    expect(
      unseen(windows, [
        [50, 25],
        [150, 50],
        [350, 10],
      ]),
    ).toEqual([[350, 10]]);
    expect(placed(windowAt(rect(10, 10, 20, 10), 5, 5, 40))).toEqual(rect(5, 5, 40, 20));
  });
});

describe('the overview on a phone', () => {
  const scene = overviewScene();
  const narrow = scene.phone;

  it('shows every point of every state in a bloc or named by the essay, and every dot', () => {
    for (const bloc of blocs) {
      for (const shape of scene.countries.filter((c) => c.bloc === bloc.id)) {
        expect(unseen(narrow.windows, pathPoints(shape.d)), shape.name).toEqual([]);
      }
    }
    expect(
      unseen(
        narrow.windows,
        scene.dots.map((d) => [d.x, d.y]),
      ),
    ).toEqual([]);
  });

  it('crops what the wide map shows, larger: each window inside the wide frame, at 1.5 times or more', () => {
    for (const w of narrow.windows) {
      expect(inBox(boxOfRect(w.source), { x0: 0, y0: 0, x1: scene.width, y1: scene.height })).toBe(true);
      expect(w.scale).toBeGreaterThanOrEqual(1.5);
      expect(inBox(boxOfRect(placed(w)), { x0: 0, y0: 0, x1: narrow.width, y1: narrow.height })).toBe(true);
    }
    expect(narrow.height).toBeGreaterThan(narrow.width);
  });

  it('places every label inside its window, clear of the others and of the key, at every narrow size', () => {
    expectClearNarrowLayout(narrow.labels, narrow.key, narrow.width, narrow.height);
    for (const label of narrow.labels) expect(insideAWindow(label, narrow.windows), label.text).toBe(true);
    const texts = narrow.labels.map((l) => l.text.replace('\n', ' '));
    for (const name of ['Russia', 'China', 'N. Korea', 'S. Korea', 'Japan', 'United States', 'India', 'ASEAN']) expect(texts).toContain(name);
    // The essay places Australia in no bloc, and the phone's crop leaves it at the edge.
    expect(texts).not.toContain('Australia');
  });

  it('keeps the key off the map', () => {
    const key = keyBoxes(narrow.key, NARROW_LABEL_SIZES).at(-1)!;
    for (const w of narrow.windows) expect(overlaps(key, boxOfRect(placed(w)))).toBe(false);
  });
});

describe('the reach map on a phone', () => {
  const scene = reachScene();
  const narrow = scene.phone;
  const [whole, closeUp] = narrow.windows;

  it('shows every place on the whole map, and the near ones again in a close-up at least three times larger', () => {
    expect(
      unseen(
        [whole!],
        scene.places.map((p) => [p.x, p.y]),
      ),
    ).toEqual([]);
    expect(
      unseen(
        [closeUp!],
        scene.places.filter((p) => NEAR.includes(p.id)).map((p) => [p.x, p.y]),
      ),
    ).toEqual([]);
    expect(closeUp!.scale / whole!.scale).toBeGreaterThanOrEqual(3);
  });

  it('labels every place with its distance and every ring, clear of each other, the key and the edges', () => {
    expectClearNarrowLayout(narrow.labels, narrow.key, narrow.width, narrow.height);
    for (const label of narrow.labels) expect(insideAWindow(label, narrow.windows), label.text).toBe(true);
    const texts = narrow.labels.map((l) => l.text.replace(/\n/g, ' '));
    for (const t of [
      'Pyongyang 195 km',
      'Beijing 952 km',
      'Tokyo 1,153 km',
      'Honolulu 7,312 km',
      'Washington 11,164 km',
      'Guam 3,402 km from Pyongyang',
      '1,000 km',
      '5,000 km',
      '10,000 km',
    ]) {
      expect(texts).toContain(t);
    }
  });
});

describe('the alignments panels on a phone', () => {
  const scene = alignmentsScene();
  const narrow = alignmentsNarrow(scene);
  const shapes = new Map(scene.map.countries.map((c) => [c.iso, c]));

  it.each(memberships.map((g) => [g.name, g] as const))('%s: every member is inside its panel, drawn or dotted', (_, group) => {
    const panel = narrow.panels.find((p) => p.group === group.id)!;
    for (const iso of group.members) {
      const shape = shapes.get(iso);
      if (shape) expect(unseen(panel.windows, pathPoints(shape.d)), shape.name).toEqual([]);
      else
        expect(
          panel.dots.map((d) => Number(d.key)),
          `a dot for ${iso}`,
        ).toContain(iso);
    }
  });

  it('frames each grouping in its own region: ASEAN and the SCO closer than the whole map, ASEAN closest', () => {
    const scale = Object.fromEntries(narrow.panels.map((p) => [p.group, p.windows[0]!.scale]));
    const whole = narrow.width / scene.map.width;
    expect(scale.asean!).toBeGreaterThan(2.5 * whole);
    expect(scale.sco!).toBeGreaterThan(2 * whole);
    expect(scale.asean!).toBeGreaterThan(Math.max(scale.sco!, scale.brics!, scale.quad!));
  });

  it('draws an inset over no member of its panel', () => {
    for (const panel of narrow.panels.filter((p) => p.windows.length > 1)) {
      const [main, ...insets] = panel.windows;
      const group = memberships.find((g) => g.id === panel.group)!;
      for (const iso of group.members) {
        const shape = shapes.get(iso);
        if (!shape || !pathPoints(shape.d).every((p) => shows(main!, p))) continue;
        const box = through(main!, shape.centroid);
        for (const inset of insets) {
          const r = boxOfRect(placed(inset));
          const points = pathPoints(shape.d).map((p) => through(main!, p));
          expect(
            points.some(([x, y]) => x > r.x0 && x < r.x1 && y > r.y0 && y < r.y1),
            `${shape.name} under the inset at ${box}`,
          ).toBe(false);
        }
      }
    }
  });

  it('stacks the panels in order, without overlap, with the key below them', () => {
    const bottoms = narrow.panels.map((p) => Math.max(...p.windows.map((w) => placed(w).y + placed(w).height)));
    narrow.panels.slice(1).forEach((p, i) => expect(p.y).toBeGreaterThan(bottoms[i]!));
    expect(narrow.key.y).toBeGreaterThan(bottoms.at(-1)!);
    for (const panel of narrow.panels) {
      for (const label of panel.labels) expect(insideAWindow(label, panel.windows.slice(0, 1)), label.text).toBe(true);
    }
    expectClearNarrowLayout(
      narrow.panels.flatMap((p) => p.labels),
      narrow.key,
      narrow.width,
      narrow.height,
    );
  });
});
