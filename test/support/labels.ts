import { LABEL_SIZES, labelBox, overlaps, type Label } from '../../src/lib/geo/labels';

/** Pairs of labels whose boxes overlap at some label size. */
export function collisions(labels: readonly Label[]): Array<[string, string, number]> {
  const found: Array<[string, string, number]> = [];
  for (const size of LABEL_SIZES) {
    labels.forEach((a, i) =>
      labels.slice(i + 1).forEach((b) => {
        if (overlaps(labelBox(a, size), labelBox(b, size))) found.push([a.text, b.text, size]);
      }),
    );
  }
  return found;
}
