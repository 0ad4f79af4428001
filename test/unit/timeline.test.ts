import { describe, expect, it } from 'vitest';
import { links, whatBinds } from '../../src/data/instruments';
import { sources } from '../../src/data/sources';
import { AS_OF, COUNTRY_LANES, SUMMIT, countryEvents, terms, trilateralEvents, type Dated } from '../../src/data/timeline';
import { dayNumber, datedFacts, formatSpan, placeLabel, stackRows, timeScale } from '../../src/lib/timeline';
import { LABEL_SIZE, TIMELINE_LABELS, TIMELINE_WIDTH, timelineScene } from '../../src/lib/timeline-scene';
import { NODES, TRIANGLE, TRIANGLE_LABEL, halfWidth, labelBox, nodeBox, rankLine, triangleScene, type Box } from '../../src/lib/triangle-scene';
import { textWidthEm } from '../../src/lib/text-width';
import { readShared } from '../support/shared';

const sheet = readShared('context/facts.md');
const sheetLines = sheet.split('\n').filter((l) => l.startsWith('- '));
const unconfirmed = sheet.slice(sheet.indexOf('## UNCONFIRMED'));
const urlOf = (id: string) => sources.find((s) => s.id === id)?.url;

/** The fact-sheet line that gives this date and this source's address: the line a fact is taken from. */
const lineFor = ({ date, source }: Dated) => sheetLines.find((l) => l.includes(`— ${date}`) && l.includes(urlOf(source) ?? '\u0000'));

describe('timeline data', () => {
  const facts = datedFacts(terms, countryEvents, trilateralEvents);

  it('cites a listed source for every fact, the summit included', () => {
    const unknown = [SUMMIT, ...facts, ...terms.map((t) => t.from)].filter((f) => !urlOf(f.source)).map((f) => f.source);
    expect(unknown).toEqual([]);
  });

  it('takes every date from the fact-sheet line that names the same source', () => {
    const missing = facts.filter((f) => !lineFor(f)).map((f) => `${f.date} ${f.source}`);
    expect(missing).toEqual([]);
    for (const e of trilateralEvents.filter((e) => e.until)) expect(lineFor(e)).toContain(`${e.date} to ${e.until}`);
  });

  it('ends each leader’s bar on the day the sheet gives, on a line naming the leader or the successor', () => {
    for (const lane of COUNTRY_LANES) {
      const inLane = terms.filter((t) => t.lane === lane.id);
      inLane.forEach((term, i) => {
        if (!term.to) return;
        const line = lineFor(term.to);
        expect(line, term.leader).toBeDefined();
        const names = [term.short, inLane[i + 1]?.short].filter(Boolean) as string[];
        expect(
          names.some((n) => line!.includes(n)),
          `${term.leader}: ${line}`,
        ).toBe(true);
      });
    }
  });

  it('keeps every date in order: events by date, each term after the summit, successors after predecessors', () => {
    const days = trilateralEvents.map((e) => dayNumber(e.date));
    expect(days).toEqual([...days].sort((a, b) => a - b));
    for (const e of trilateralEvents) if (e.until) expect(dayNumber(e.until)).toBeGreaterThan(dayNumber(e.date));
    for (const lane of COUNTRY_LANES) {
      const inLane = terms.filter((t) => t.lane === lane.id);
      expect(inLane[0]!.from).toBe(SUMMIT);
      inLane.forEach((t, i) => {
        if (t.to) expect(dayNumber(t.to.date)).toBeGreaterThan(dayNumber(t.from.date));
        const next = inLane[i + 1];
        if (next) expect(dayNumber(next.from.date)).toBeGreaterThanOrEqual(dayNumber(t.to!.date));
        else expect(t.to, `${lane.name}: the last term is open`).toBeUndefined();
      });
    }
    for (const f of facts) expect(dayNumber(f.date)).toBeLessThanOrEqual(dayNumber(AS_OF));
  });

  it('leaves out what the sheet marks unconfirmed (the Kuala Lumpur meeting)', () => {
    expect(unconfirmed).toContain('Kuala Lumpur');
    expect(trilateralEvents.some((e) => /Kuala Lumpur/.test(e.what))).toBe(false);
  });
});

describe('timeline layout', () => {
  const scene = timelineScene();
  const x = timeScale(SUMMIT.date, AS_OF, scene.x0, scene.x1);

  it('maps the summit and the sheet’s last day to the frame’s edges', () => {
    expect(x(SUMMIT.date)).toBe(scene.x0);
    expect(x(AS_OF)).toBeCloseTo(scene.x1, 9);
    expect(scene.x1).toBeLessThanOrEqual(TIMELINE_WIDTH);
  });

  it('draws each bar from its start to the day its holder left, or to the sheet’s last day if still in office', () => {
    const bars = scene.lanes.flatMap((l) => l.bars);
    expect(bars).toHaveLength(terms.length);
    for (const bar of bars) {
      expect(bar.x0).toBeCloseTo(x(bar.term.from.date), 9);
      expect(bar.x1).toBeCloseTo(x(bar.term.to?.date ?? AS_OF), 9);
      expect(bar.open).toBe(!bar.term.to);
    }
  });

  it('keeps every label inside the frame and clear of its neighbours, at both sizes it is drawn', () => {
    for (const lane of scene.lanes) {
      for (const size of ['wide', 'narrow'] as const) {
        const placed = lane.bars.map((b) => b[size]);
        for (const p of placed) {
          expect(p.left).toBeGreaterThanOrEqual(0);
          expect(p.right).toBeLessThanOrEqual(TIMELINE_WIDTH);
        }
        for (let i = 1; i < placed.length; i++) expect(placed[i]!.left, `${lane.name} ${size}`).toBeGreaterThan(placed[i - 1]!.right);
      }
    }
  });

  it('stacks markers that would touch into rows, and keeps the rest on the first', () => {
    expect(stackRows([0, 10, 50, 55, 58], 20)).toEqual([0, 1, 0, 1, 2]);
    for (const row of new Set(scene.marks.map((m) => m.y))) {
      const xs = scene.marks.filter((m) => m.y === row).map((m) => m.x);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(2 * scene.markR);
    }
    expect(scene.marks.every((m) => m.x - scene.markR >= 0 && m.x + scene.markR <= TIMELINE_WIDTH)).toBe(true);
    expect(Math.max(...scene.marks.map((m) => m.y)) + scene.markR).toBeLessThanOrEqual(scene.gridBottom);
  });

  it('moves a label that would run off the end of its lane to end there', () => {
    expect(placeLabel('abc', 10, 0, 100)).toMatchObject({ anchor: 'start', x: 2 });
    expect(placeLabel('abcdefghij', 10, 90, 100)).toMatchObject({ anchor: 'end', x: 100, left: 100 - textWidthEm('abcdefghij') * 10 });
  });

  it('sizes labels so they are never under 11 CSS px at the narrowest column (280 px)', () => {
    expect((LABEL_SIZE.narrow * 280) / TIMELINE_WIDTH).toBeGreaterThanOrEqual(11);
    // The wide size is used only from a 32rem (512 px) container up.
    expect((LABEL_SIZE.wide * 512) / TIMELINE_WIDTH).toBeGreaterThanOrEqual(11);
  });

  it('keeps every phone label step at 11 CSS px or more down to the next step (the last down to 280 px)', () => {
    const steps = TIMELINE_LABELS.narrow;
    expect(TIMELINE_LABELS.narrow[0].maxWidthRem * 16).toBe(512);
    steps.forEach((step, i) => {
      const narrowest = steps[i + 1] ? steps[i + 1]!.maxWidthRem * 16 : 280;
      expect((step.size * narrowest) / TIMELINE_WIDTH, `${step.size} at ${narrowest} px`).toBeGreaterThanOrEqual(11);
    });
  });
});

describe('dates as the figures write them', () => {
  it('writes a span once where month or year repeat', () => {
    expect(formatSpan('2024-06-27', '2024-06-29')).toBe('27–29 June 2024');
    expect(formatSpan('2024-06-29', '2024-07-01')).toBe('29 June – 1 July 2024');
    expect(formatSpan('2024-12-31', '2025-01-01')).toBe('31 December 2024 – 1 January 2025');
    expect(formatSpan('2024-06-27')).toBe('27 June 2024');
  });
});

describe('what binds and the triangle', () => {
  it('cite a listed source for every step, quote and link', () => {
    const ids = [
      ...whatBinds.flatMap((d) => [...d.steps.map((s) => s.source), ...(d.ownWords ? [d.ownWords.source] : [])]),
      ...links.flatMap((l) => [...l.facts.map((f) => f.source), ...(l.without ? [l.without.source] : [])]),
    ];
    expect(ids.filter((id) => !urlOf(id))).toEqual([]);
  });

  it('date each treaty step and link as the sheet does, on the line that names its source', () => {
    const dated = [...whatBinds.flatMap((d) => d.steps), ...links.flatMap((l) => l.facts)].filter((s) => s.date);
    for (const step of dated) {
      // A line names its source by address, or by "as above" after the line that does.
      const named = sheetLines.filter(
        (l, i) => l.includes(urlOf(step.source)!) || (l.includes('as above') && sheetLines[i - 1]!.includes(urlOf(step.source)!)),
      );
      expect(named.length, step.source).toBeGreaterThan(0);
      const [y, m, d] = step.date!.split('-').map(Number);
      const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
      expect(
        named.some((l) => l.includes(step.date!) || l.includes(`${d} ${months[m! - 1]} ${y}`)),
        `${step.date} (${step.source})`,
      ).toBe(true);
    }
  });

  it('quotes the Commitment to Consult exactly as the sheet does', () => {
    const own = whatBinds.find((d) => d.ownWords)!.ownWords!;
    expect(sheet).toContain(`"${own.text}"`);
  });

  it('marks the Japan–ROK side as the one without a defence treaty', () => {
    expect(links.filter((l) => !l.treaty).map((l) => l.id)).toEqual(['japan-rok']);
    expect(links.find((l) => l.id === 'japan-rok')!.without).toBeDefined();
  });

  it('stacks the countries in Huang’s order and keeps every label in the frame at the narrow size', () => {
    expect(NODES.map((n) => n.name)).toEqual(['United States', 'Japan', 'South Korea']);
    expect(NODES.map((n) => n.y)).toEqual([...NODES.map((n) => n.y)].sort((a, b) => a - b));
    for (const { label } of triangleScene()) {
      for (const line of label.lines) {
        expect(label.x - halfWidth(line, TRIANGLE_LABEL.narrow)).toBeGreaterThanOrEqual(0);
        expect(label.x + halfWidth(line, TRIANGLE_LABEL.narrow)).toBeLessThanOrEqual(TRIANGLE.width);
      }
    }
    for (const n of NODES) expect(n.x + halfWidth(n.name, TRIANGLE_LABEL.narrow)).toBeLessThanOrEqual(TRIANGLE.width);
    for (const n of NODES) expect(n.x + halfWidth(rankLine(n), TRIANGLE_LABEL.narrow)).toBeLessThanOrEqual(TRIANGLE.width);
    for (const n of NODES)
      expect(n.x - Math.max(halfWidth(n.name, TRIANGLE_LABEL.narrow), halfWidth(rankLine(n), TRIANGLE_LABEL.narrow))).toBeGreaterThanOrEqual(0);
    expect((TRIANGLE_LABEL.narrow * 280) / TRIANGLE.width).toBeGreaterThanOrEqual(11);
  });

  // Review r1 S3: at 390 px the Japan–South Korea label sat inside the triangle, under Japan's
  // rank and the US–South Korea label, and the dashed side ran through it.
  it.each((['wide', 'narrow'] as const).map((name) => [name, TRIANGLE_LABEL[name]] as const))(
    'at the %s label size, no label runs into another, into a node or under a side it does not label',
    (_, size) => {
      const hit = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
      const scene = triangleScene();
      const labels = scene.map(({ link, label }) => ({ id: link.id, box: labelBox(label.x, label.y, label.lines, size), lines: label.lines.length }));
      const found: string[] = [];
      labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => hit(a.box, b.box) && found.push(`${a.id} label over ${b.id} label`)));
      for (const a of labels) for (const n of NODES) if (hit(a.box, nodeBox(n, size))) found.push(`${a.id} label over ${n.name}`);
      for (const { link, d } of scene) {
        const [x0, y0, x1, y1] = d.match(/-?[\d.]+/g)!.map(Number) as [number, number, number, number];
        for (const a of labels) {
          // A one-line label sits on its own side, which its halo breaks; every other crossing is a collision.
          if (a.id === link.id && a.lines === 1) continue;
          for (let t = 0; t <= 1; t += 0.01) {
            const [x, y] = [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t];
            if (x > a.box.x0 && x < a.box.x1 && y > a.box.y0 && y < a.box.y1) {
              found.push(`${link.id} side through ${a.id} label`);
              break;
            }
          }
        }
      }
      expect(found).toEqual([]);
    },
  );
});
