/**
 * The connected pieces of ink on a grey page (4-connected), as boxes: what the leader eraser looks for (rows of
 * dots) and what tells the size of a page's type before it is read.
 */

/** One piece of ink: its box (inclusive pixel bounds), centre and number of pixels. */
export interface InkPart { x0: number; y0: number; x1: number; y1: number; cx: number; cy: number; n: number }

/** The grey level under which a pixel is ink: 60% of the page's mean grey. */
export function inkCut(grey: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < grey.length; i++) sum += grey[i]!;
  return (sum / grey.length) * 0.6;
}

/** A growable Int32Array. */
class Ints {
  data = new Int32Array(4096);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) { const grown = new Int32Array(this.length * 2); grown.set(this.data); this.data = grown; }
    this.data[this.length++] = v;
  }
}

/**
 * Every piece of ink darker than `cut`, in the order its first pixel comes in raster order: the ink's runs along
 * each row, joined (union-find) to the runs they touch in the row above. Only ink is visited twice, so a page
 * costs one pass over its pixels.
 */
export function inkComponents(grey: Uint8Array, w: number, h: number, cut: number): InkPart[] {
  const runY = new Ints();
  const runX0 = new Ints();
  const runX1 = new Ints();
  const parent = new Ints();
  const find = (a: number): number => {
    const p = parent.data;
    while (p[a] !== a) { p[a] = p[p[a]!]!; a = p[a]!; }
    return a;
  };
  let above = 0; // the first run of the row above still to meet
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const first = runY.length;
    let x = 0;
    while (x < w) {
      if (grey[row + x]! >= cut) { x++; continue; }
      const x0 = x;
      while (x < w && grey[row + x]! < cut) x++;
      const me = runY.length;
      runY.push(y);
      runX0.push(x0);
      runX1.push(x - 1);
      parent.push(me);
      // Runs of the row above that share a column with this one belong to its piece (both rows run left to
      // right, so the runs above that end before this one starts are passed once).
      while (above < first && runX1.data[above]! < x0) above++;
      for (let r = above; r < first; r++) {
        if (runX0.data[r]! > x - 1) break;
        const a = find(r);
        const b = find(me);
        if (a !== b) parent.data[Math.max(a, b)] = Math.min(a, b);
      }
    }
    above = first;
  }
  // A run's parent is never a later run (a union keeps the smaller), so one pass in order flattens the trees.
  const p = parent.data;
  const parts = new Map<number, InkPart>();
  for (let r = 0; r < runY.length; r++) {
    p[r] = p[p[r]!]!;
    const y = runY.data[r]!;
    const x0 = runX0.data[r]!;
    const x1 = runX1.data[r]!;
    const b = parts.get(p[r]!);
    if (!b) parts.set(p[r]!, { x0, y0: y, x1, y1: y, cx: 0, cy: 0, n: x1 - x0 + 1 });
    else { if (x0 < b.x0) b.x0 = x0; if (x1 > b.x1) b.x1 = x1; b.y1 = y; b.n += x1 - x0 + 1; }
  }
  const out = [...parts.values()];
  for (const b of out) {
    b.cx = (b.x0 + b.x1) / 2;
    b.cy = (b.y0 + b.y1) / 2;
  }
  return out;
}
