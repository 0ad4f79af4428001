import { describe, expect, it } from 'vitest';
import { shortDate } from '../../../src/lib/dates';
import { inside, LABEL_SIZES, labelBox, overlaps, SMALL } from '../../../src/lib/geo/labels';
import { textWidthEm } from '../../../src/lib/text-width';
import { alignmentsScene, MAP_TOP } from '../../../src/lib/geo/views/alignments';
import { GRID_LABEL_SIZES } from '../../../src/lib/geo/views/alignments';
import { keyBoxes } from '../../../src/lib/geo/views/key';
import { overviewScene } from '../../../src/lib/geo/views/overview';
import { reachScene } from '../../../src/lib/geo/views/reach';
import type { MapKey, MapLabel } from '../../../src/lib/geo/views/types';
import { collisions } from '../../support/labels';

/** Labels and key of one view: inside the frame and clear of each other at every label size the CSS uses. */
function expectClearLayout(labels: readonly MapLabel[], key: MapKey, width: number, height: number) {
  expect(collisions(labels)).toEqual([]);
  const keys = keyBoxes(key);
  LABEL_SIZES.forEach((size, i) => {
    expect(inside(keys[i]!, width, height), `key at ${size}`).toBe(true);
    for (const label of labels) {
      const box = labelBox(label, size);
      expect(inside(box, width, height), `"${label.text}" inside at ${size}`).toBe(true);
      expect(overlaps(box, keys[i]!), `"${label.text}" clear of the key at ${size}`).toBe(false);
    }
  });
}

describe('label layout', () => {
  it('overview: no label touches another, the key or the edge, at any size', () => {
    const scene = overviewScene();
    expectClearLayout(scene.wide.labels, scene.wide.key, scene.width, scene.height);
  });

  it('overview: labels every state the essay names and both blocs', () => {
    const texts = overviewScene().wide.labels.map((l) => l.text.replace('\n', ' '));
    for (const name of ['Russia', 'China', 'N. Korea', 'S. Korea', 'Japan', 'United States', 'India', 'Australia', 'ASEAN']) {
      expect(texts).toContain(name);
    }
  });

  it('reach: no label touches another, the key or the edge, at any size', () => {
    const scene = reachScene();
    expectClearLayout(scene.wide.labels, scene.wide.key, scene.width, scene.height);
  });

  it('reach: every place is labelled with its fact-sheet distance', () => {
    const texts = reachScene().wide.labels.map((l) => l.text.replace(/\n/g, ' '));
    for (const t of ['Pyongyang 195 km', 'Beijing 952 km', 'Tokyo 1,153 km', 'Honolulu 7,312 km', 'Washington 11,164 km', 'Guam 3,402 km from Pyongyang']) {
      expect(texts).toContain(t);
    }
    for (const ring of ['1,000 km', '5,000 km', '10,000 km']) expect(texts).toContain(ring);
  });

  it('alignments: titles and labels fit their panels, and the key fits the figure, at any size', () => {
    const scene = alignmentsScene();
    const panelWidth = scene.map.width;
    // The 2×2 layout is drawn only above the width where phones get their own composition.
    const gridSizes = GRID_LABEL_SIZES;
    for (const panel of scene.panels) {
      // The title: the group's name (bold) then "as of <date>" (small), on one line.
      const date = shortDate(panel.group.asOf);
      const em = textWidthEm(panel.group.name) + textWidthEm(` as of ${date}`) * SMALL;
      for (const size of LABEL_SIZES) expect(em * size, `${panel.group.name} title at ${size}`).toBeLessThanOrEqual(panelWidth);
      for (const size of gridSizes) expect(size * 1.15, `title line above the map at ${size}`).toBeLessThanOrEqual(MAP_TOP);
      for (const label of panel.labels) {
        for (const size of LABEL_SIZES) expect(inside(labelBox(label, size), panelWidth, MAP_TOP + scene.map.height)).toBe(true);
      }
    }
    keyBoxes(scene.key).forEach((box, i) => {
      if (gridSizes.includes(LABEL_SIZES[i]!)) expect(inside(box, scene.width, scene.height), `key at ${LABEL_SIZES[i]}`).toBe(true);
    });
  });
});
