import type { BlocId } from '../../data/blocs';
import { labelSizes } from '../../styles/tokens';
import { boxOf, placed, rect, through, windowAt, type Window } from './compose';
import { beside, centred, LABEL_SIZES, labelBox, overlaps, SMALL, type Box, type Side } from './labels';
import { VIEW_WIDTH } from './projections';
import { keyBoxes } from './views/key';
import { scaleOf, trackingOf, type LabelKind, type MapKey, type MapLabel } from './views/types';

/**
 * Every map view is shown in two compositions of one shared drawing: `wide`, one window showing
 * the whole drawing at its own scale, and `phone`, below the view's breakpoint, windows that crop
 * and enlarge parts of it. Each composition has its own label sizes (larger in map units on
 * phones, because the figure is drawn smaller); one engine places the labels of both.
 */
export type CompositionName = 'wide' | 'phone';

export interface Composition {
  name: CompositionName;
  width: number;
  height: number;
  windows: Window[];
  /** The base label sizes the composition is drawn at (map units); labels must fit at each. */
  sizes: readonly number[];
}

/** A composition with its labels placed and its key. */
export interface Composed extends Composition {
  labels: MapLabel[];
  key: MapKey;
}

/** Phones draw in a frame as wide as the wide view's, so both fill the same <svg>. */
export const NARROW_WIDTH = VIEW_WIDTH;

/** The narrowest figure the site lays out: a 320 px viewport less the page's padding (2 × 1.25rem). */
export const NARROWEST_PX = 280;

/** Label sizes of the phone compositions, in their units, by container width (src/styles/tokens.ts). */
export const NARROW_LABEL_STEPS = labelSizes.phone;
export const NARROW_LABEL_SIZES: readonly number[] = NARROW_LABEL_STEPS.map((s) => s.size);

/** The smallest CSS px a label of relative size `scale` renders at in each phone step (its narrowest width). */
export function smallestLabelPx(scale = SMALL): number[] {
  return NARROW_LABEL_STEPS.map(({ size }, i) => {
    const narrowestPx = (NARROW_LABEL_STEPS[i + 1]?.maxWidthRem ?? NARROWEST_PX / 16) * 16;
    return (size * scale * narrowestPx) / NARROW_WIDTH;
  });
}

/** The wide composition: one window showing the whole `width` × `height` drawing as it is. */
export function wide(width: number, height: number, sizes: readonly number[] = LABEL_SIZES): Composition {
  return { name: 'wide', width, height, windows: [windowAt(rect(0, 0, width, height), 0, 0, width)], sizes };
}

/** A phone composition of `windows`, `height` units tall. */
export function phone(windows: Window[], height: number): Composition {
  return { name: 'phone', width: NARROW_WIDTH, height, windows, sizes: NARROW_LABEL_SIZES };
}

/** The key's boxes at each of the composition's label sizes. */
export function keyBoxesIn(key: MapKey, composition: Pick<Composition, 'sizes'>): Box[] {
  return keyBoxes(key, composition.sizes);
}

/** A fixed-size obstacle (a dot, an inset's frame) as boxes at each of the composition's sizes. */
export function fixedBoxIn(box: Box, composition: Pick<Composition, 'sizes'>): Box[] {
  return composition.sizes.map(() => box);
}

type Point = readonly [number, number];

/** Where a label goes, in the drawing's map units. */
type Placement =
  | { /** Centred on the first of these points where it fits (or on this one). */ at: Point | readonly Point[] }
  | { /** Beside this point, on the first of `sides` where it fits. */ point: Point; sides: readonly Side[] }
  | { /** Offset from this point by dx/dy em, with or without a leader line. */ point: Point; dx: number; dy: number; leader?: boolean };

interface LabelFields {
  text: string;
  kind?: LabelKind;
  bloc?: BlocId;
  inside?: boolean;
  /** The window the label belongs to (default the first); it must fit inside that window. */
  window?: number;
  /** Left out where it does not fit, rather than failing the build. */
  optional?: boolean;
}

/** What a composition changes of a label (a new placement replaces the old one), or `false` to leave it out. */
export type LabelOverride = (Partial<LabelFields> & (Placement | { at?: never; point?: never })) | false;

/** A label of a view, declared once, with what each composition changes. */
export type LabelSpec = LabelFields & Placement & Partial<Record<CompositionName, LabelOverride>>;

/** The label as `composition` shows it, or undefined if it leaves it out. */
function resolve(spec: LabelSpec, name: CompositionName): (LabelFields & Placement) | undefined {
  const override = spec[name];
  if (override === false) return undefined;
  if (!override) return spec;
  if (!('at' in override) && !('point' in override)) return { ...spec, ...override };
  const { at: _at, point: _point, sides: _sides, dx: _dx, dy: _dy, leader: _leader, ...fields } = spec as LabelSpec & Record<string, unknown>;
  return { ...fields, ...override } as LabelFields & Placement;
}

/**
 * Place a view's labels in a composition: each inside its window and clear of `taken` (boxes at
 * each of the composition's sizes) and of the labels before it, at every size, on the first of
 * its candidate places that fits. Throws if one does not fit: better a failed build than a label
 * over another or cut by the frame. Placed labels join `taken`.
 */
export function placeLabels(specs: readonly LabelSpec[], composition: Composition, taken: Box[][] = []): MapLabel[] {
  return specs.flatMap((original) => {
    const spec = resolve(original, composition.name);
    if (!spec) return [];
    const w = composition.windows[spec.window ?? 0];
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
    if ('at' in spec) {
      const points = (typeof spec.at[0] === 'number' ? [spec.at] : spec.at) as readonly Point[];
      candidates.push(...points.map((p) => ({ ...centred(spec.text, through(w, p), scale), ...extra })));
    } else if ('sides' in spec) {
      candidates.push(...spec.sides.map((side) => ({ ...beside(spec.text, through(w, spec.point), side, scale), ...extra })));
    } else {
      const [x, y] = through(w, spec.point);
      const anchor = spec.dx < 0 ? 'end' : 'start';
      candidates.push({ text: spec.text, x, y, dx: spec.dx, dy: spec.dy, anchor, scale, ...(spec.leader ? { leader: true } : {}), ...extra });
    }
    const frame = boxOf(placed(w));
    const label = candidates.find((c) => fits(c, frame, taken, composition.sizes));
    if (!label) {
      if (spec.optional) return [];
      throw new Error(`No room for the ${composition.name} label "${spec.text.replace(/\n/g, ' ')}"`);
    }
    taken.push(composition.sizes.map((size) => labelBox(label, size)));
    return [label];
  });
}

/** Whether a label lies within `frame` and clear of every box in `taken`, at every size. */
function fits(label: MapLabel, frame: Box, taken: readonly Box[][], sizes: readonly number[]): boolean {
  return sizes.every((size, i) => {
    const b = labelBox(label, size);
    return b.x0 >= frame.x0 && b.y0 >= frame.y0 && b.x1 <= frame.x1 && b.y1 <= frame.y1 && !taken.some((boxes) => overlaps(b, boxes[i]!));
  });
}
