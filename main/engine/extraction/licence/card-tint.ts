/**
 * The card finder's colour mask (card-finder.ts): where a page's colour, not only its edges, tells a card from
 * what it lies on.
 */

/**
 * Adds the pixels whose colour stands apart from the page's own (the median of its border): a pale pink or
 * tinted card on a white scanner lid, whose edge alone is too faint. The threshold follows how much the
 * border itself varies, so a table lit unevenly (a photo) adds nothing here and its card is found by edges.
 * On a photo's table (a border darker than a scanner's lid) only colour that neither the lamp's falling light
 * nor its glare can give the table counts (what is left of a pixel beyond the table's colour and white): a glare
 * spot on a dark table is no card, and would join two cards lying either side of it into one.
 */
export function tintMask(data: Buffer, channels: number, w: number, h: number, mask: Uint8Array): void {
  const border: number[] = [];
  for (let x = 0; x < w; x += 2) border.push(x, (h - 1) * w + x);
  for (let y = 0; y < h; y += 2) border.push(y * w, y * w + w - 1);
  const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const ch = (c: number): number => Math.min(c, channels - 1);
  const [b0, b1, b2] = [0, 1, 2].map((c) => median(border.map((i) => data[i * channels + ch(c)]!))) as [number, number, number];
  const c1 = ch(1);
  const c2 = ch(2);
  const unlit = unlitColour([b0, b1, b2]);
  const dist = (i: number): number => {
    const o = i * channels;
    return unlit ? unlit(data[o]!, data[o + c1]!, data[o + c2]!) : Math.max(Math.abs(data[o]! - b0), Math.abs(data[o + c1]! - b1), Math.abs(data[o + c2]! - b2));
  };
  const spread = median(border.map(dist));
  const threshold = Math.max(10, 4 * spread);
  for (let i = 0; i < w * h; i++) if (dist(i) >= threshold) mask[i] = 1;
}

/** A scanner's lid is at least this bright in every channel; a darker border is a photo's table. */
const LID = 220;

/**
 * For a table of colour `t` (a photo's): how far a colour lies from every mix of the table's colour and white
 * (the table in any light, with any glare); null for a scanner's lid.
 */
function unlitColour(t: [number, number, number]): ((r: number, g: number, b: number) => number) | null {
  if (Math.min(...t) >= LID) return null;
  const u = [1, 1, 1].map((v) => v / Math.sqrt(3)) as [number, number, number];
  const along = t[0] * u[0] + t[1] * u[1] + t[2] * u[2];
  const tint = t.map((v, c) => v - along * u[c]!) as [number, number, number];
  const size = Math.hypot(...tint);
  // A grey table: any colour at all stands apart. A coloured one: the direction across both.
  if (size < 4) return (r, g, b) => Math.hypot(r - (r + g + b) / 3, g - (r + g + b) / 3, b - (r + g + b) / 3);
  const e = tint.map((v) => v / size) as [number, number, number];
  const n = [u[1] * e[2] - u[2] * e[1], u[2] * e[0] - u[0] * e[2], u[0] * e[1] - u[1] * e[0]] as [number, number, number];
  return (r, g, b) => Math.abs(r * n[0] + g * n[1] + b * n[2]);
}
