/**
 * The timeline figure's geometry, in user units of a fixed viewBox, computed at build time.
 * Rows are sized for the largest label size the CSS uses (on the narrowest phones), so nothing
 * overlaps at any width; test/unit/timeline.test.ts checks every label at both sizes it is drawn.
 */
import { AS_OF, COUNTRY_LANES, SUMMIT, terms, trilateralEvents, type IsoDay, type Term } from '../data/timeline';
import { shortDate } from './dates';
import { dayNumber, officeBars, placeLabel, stackRows, timeScale, type Bar, type PlacedLabel } from './timeline';

export const TIMELINE_WIDTH = 600;
const PAD = 8;
/**
 * Label sizes in user units by the figure's width: `wide` for the wide composition; from the
 * first `narrow` step's width down, the phone composition, its labels larger in each narrower
 * container (up to `maxWidthRem`). src/build/generated.ts writes the CSS from these.
 */
export const TIMELINE_LABELS = {
  wide: 13,
  narrow: [
    { maxWidthRem: 32, size: 17 },
    { maxWidthRem: 25, size: 24 },
  ],
} as const;
/** The sizes each composition is laid out for: rows fit the largest, on the narrowest phones. */
export const LABEL_SIZE = { wide: TIMELINE_LABELS.wide, narrow: Math.max(...TIMELINE_LABELS.narrow.map((step) => step.size)) } as const;
const MARK_R = 16;
const ROW = 36;
const LANE = 92;
const TOP = 44;

/** A leader's label: the family name always; the date it ends (or starts, after a gap) on wide screens only. */
export function barLabel(term: Term, previous?: Term): { name: string; when: string } {
  if (term.to) return { name: term.short, when: `, to ${shortDate(term.to.date)}` };
  const gap = previous?.to && previous.to.date !== term.from.date;
  return { name: term.short, when: gap ? `, from ${shortDate(term.from.date)}` : '' };
}

export interface SceneBar extends Bar {
  atSummit: boolean;
  y: number;
  labelY: number;
  name: string;
  when: string;
  /** Where the label sits with the date (wide) and without it (narrow). */
  wide: PlacedLabel;
  narrow: PlacedLabel;
}

export interface SceneMark {
  n: number;
  kind: (typeof trilateralEvents)[number]['kind'];
  x: number;
  y: number;
}

export function timelineScene() {
  const x0 = PAD;
  const x1 = TIMELINE_WIDTH - PAD;
  const x = timeScale(SUMMIT.date, AS_OF, x0, x1);
  const bars = officeBars(terms, x, AS_OF);
  const lanes = COUNTRY_LANES.map((lane, i) => {
    const top = TOP + i * LANE;
    const laneBars = bars.filter((b) => b.term.lane === lane.id);
    return {
      ...lane,
      titleY: top + 24,
      bars: laneBars.map((bar, j): SceneBar => {
        const { name, when } = barLabel(bar.term, laneBars[j - 1]?.term);
        return {
          ...bar,
          atSummit: bar.term.from.date === SUMMIT.date,
          y: top + 34,
          labelY: top + 74,
          name,
          when,
          wide: placeLabel(name + when, LABEL_SIZE.wide, bar.x0, x1),
          narrow: placeLabel(name, LABEL_SIZE.narrow, bar.x0, x1),
        };
      }),
    };
  });
  const trilateralTop = TOP + COUNTRY_LANES.length * LANE;
  const xs = trilateralEvents.map((e) => x(e.date));
  const rows = stackRows(xs, 2 * MARK_R + 4);
  const marks: SceneMark[] = trilateralEvents.map((e, i) => ({
    n: i + 1,
    kind: e.kind,
    x: xs[i]!,
    y: trilateralTop + 38 + MARK_R + rows[i]! * ROW,
  }));
  const bottom = trilateralTop + 38 + Math.max(...rows) * ROW + 2 * MARK_R + 8;
  const years = [2024, 2025].map((year) => ({ year, x: x(`${year}-01-01` as IsoDay) }));
  return {
    width: TIMELINE_WIDTH,
    height: bottom + 30,
    x0,
    x1,
    markR: MARK_R,
    lanes,
    trilateral: { titleY: trilateralTop + 24 },
    marks,
    years,
    axisY: bottom + 22,
    gridTop: TOP - 10,
    gridBottom: bottom,
    /** Days the figure spans, for the description. */
    days: dayNumber(AS_OF) - dayNumber(SUMMIT.date),
  };
}
