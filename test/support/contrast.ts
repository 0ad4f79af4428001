/**
 * Colour contrast as WCAG 2.2 defines it, for the design tokens' tests and for colours read
 * back from a browser (`getComputedStyle` gives "rgb(r, g, b)" or "rgba(r, g, b, a)").
 */
export type Rgb = [number, number, number];

/** "#rgb", "#rrggbb", "rgb(r, g, b)" or "rgba(r, g, b, a)" (alpha dropped: see `over`) as 0–255 channels. */
export function parseColor(color: string): Rgb {
  const text = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text);
  if (hex) {
    const six = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(six.slice(i, i + 2), 16)) as Rgb;
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(text);
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  throw new Error(`Not a colour this module reads: "${color}"`);
}

/** The alpha of an "rgba()" colour, 1 for anything else. */
export function alphaOf(color: string): number {
  const m = /^rgba\([^)]*[\s,/]([\d.]+)\s*\)$/.exec(color.trim().toLowerCase());
  return m ? Number(m[1]) : 1;
}

/** `top` at opacity `alpha` over `bottom`, as one opaque colour. */
export function over(top: Rgb, alpha: number, bottom: Rgb): Rgb {
  return top.map((c, i) => c * alpha + bottom[i]! * (1 - alpha)) as Rgb;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance(color: string | Rgb): number {
  const [r, g, b] = (typeof color === 'string' ? parseColor(color) : color).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio, 1 to 21. Being a ratio of luminances, it is also what a grayscale print keeps. */
export function contrast(a: string | Rgb, b: string | Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
