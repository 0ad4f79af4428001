import type { BlocId } from '../../data/blocs';
import { boxOf, placed, through, type Window } from './compose';
import { beside, boxesAtAllSizes, centred, labelBox, overlaps, SMALL, type Box, type Side } from './labels';
import { labelSizes } from '../../styles/tokens';
import { VIEW_WIDTH } from './projections';
import { keyBoxes } from './views/key';
import { scaleOf, trackingOf, type LabelKind, type MapKey, type MapLabel } from './views/types';

/**
 * Phones: below a breakpoint each view shows a narrow composition, drawn in a frame of
 * NARROW_WIDTH units (the wide view's width, so both fill the same <svg>), with its own label
 * sizes: larger in map units, because the figure is drawn smaller.
 */
export const NARROW_WIDTH = VIEW_WIDTH;

/** The narrowest figure the site lays out: a 320 px viewport less the page's padding (2 × 1.25rem). */
export const NARROWEST_PX = 280;

/** Label sizes of the narrow compositions, in their units, by container width (src/styles/tokens.ts). */
export const NARROW_LABEL_STEPS = labelSizes.phone;

export const NARROW_LABEL_SIZES: readonly number[] = NARROW_LABEL_STEPS.map((s) => s.size);

/** The smallest CSS px a label of relative size `scale` renders at in each step (its narrowest width). */
export function smallestLabelPx(scale = SMALL): number[] {
  return NARROW_LABEL_STEPS.map(({ size }, i) => {
    const narrowestPx = (NARROW_LABEL_STEPS[i + 1]?.maxWidthRem ?? NARROWEST_PX / 16) * 16;
    return (size * scale * narrowestPx) / NARROW_WIDTH;
  });
}

/** A view's phone composition: windows onto its shared drawing, and labels and key of its own. */
export interface NarrowComposition {
  width: number;
  height: number;
  windows: Window[];
  labels: MapLabel[];
  key: MapKey;
}

/** Where a narrow label goes: a point of the drawing (map units) seen through one window. */
export type NarrowLabelSpec = {
  text: string;
  kind?: LabelKind;
  bloc?: BlocId;
  inside?: boolean;
  /** Index of the window the label belongs to; it must fit inside that window. */
  window: number;
} & (
  | { /** Centred here. */ at: [number, number] }
  | { /** Beside this point, on the first of `sides` where it fits. */ point: [number, number]; sides: Side[] }
  | { /** Offset from this point by dx/dy em, with or without a leader line. */ point: [number, number]; dx: number; dy: number; leader?: boolean }
);

/**
 * Place labels in a narrow composition: each inside its window and clear of `taken` and of
 * the labels before it, at every narrow label size. Throws if one does not fit: better a
 * failed build than a label over another or cut by the frame.
 */
export function placeNarrowLabels(specs: readonly NarrowLabelSpec[], windows: readonly Window[], taken: Box[][] = []): MapLabel[] {
  return specs.map((spec) => {
    const w = windows[spec.window];
    if (!w) throw new Error(`No window ${spec.window} for the label "${spec.text}"`);
    const kind = spec.kind ?? 'country';
    const scale = scaleOf(kind);
    const tracking = trackingOf(kind);
    const extra = {
      kind,
      ...(tracking ? { tracking } : {}),
      ...(spec.bloc ? { bloc: spec.bloc } : {}),
      ...(spec.inside ? { inside: true } : {}),
    };
    const candidates: MapLabel[] = [];
    if ('at' in spec) candidates.push({ ...centred(spec.text, through(w, spec.at), scale), ...extra });
    else if ('sides' in spec) candidates.push(...spec.sides.map((side) => ({ ...beside(spec.text, through(w, spec.point), side, scale), ...extra })));
    else {
      const [x, y] = through(w, spec.point);
      const anchor = spec.dx < 0 ? 'end' : 'start';
      candidates.push({ text: spec.text, x, y, dx: spec.dx, dy: spec.dy, anchor, scale, ...(spec.leader ? { leader: true } : {}), ...extra });
    }
    const frame = boxOf(placed(w));
    const label = candidates.find((c) => fitsNarrow(c, frame, taken));
    if (!label) throw new Error(`No room for the narrow label "${spec.text.replace(/\n/g, ' ')}"`);
    taken.push(boxesAtAllSizes(label, NARROW_LABEL_SIZES));
    return label;
  });
}

/** Whether a label lies within `frame` and clear of every box in `taken`, at every narrow size. */
export function fitsNarrow(label: MapLabel, frame: Box, taken: readonly Box[][]): boolean {
  return NARROW_LABEL_SIZES.every((size, i) => {
    const b = labelBox(label, size);
    return b.x0 >= frame.x0 && b.y0 >= frame.y0 && b.x1 <= frame.x1 && b.y1 <= frame.y1 && !taken.some((boxes) => overlaps(b, boxes[i]!));
  });
}

/** The key at (x, y), as boxes at every narrow size. */
export function narrowKeyBoxes(key: MapKey): Box[] {
  return keyBoxes(key, NARROW_LABEL_SIZES);
}
