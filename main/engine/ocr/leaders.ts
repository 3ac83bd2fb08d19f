/**
 * Erases leaders (the dotted "………", dashed "- - -" or solid rule a form prints after each label) from a
 * greyscale page. Tesseract reads a long leader as junk and, worse, garbles the value written over it or drops
 * the whole line as a picture; a row of small, evenly spaced blobs (or one long thin rule) is never text, while
 * an isolated dot or dash (the '.' in "159.94", the '-' in "JF63E-1234567", a dot below in "ị") is kept.
 */

export interface LeaderOptions {
  /** Resolution of the image; blob sizes scale with it. Default 300. */
  dpi?: number;
  /** Grey level below which a pixel is ink. Default: 60% of the mean grey. */
  inkBelow?: number;
  /** Minimum number of dots in a row to call it a leader. Default 5. */
  minRun?: number;
}

interface Blob { x0: number; y0: number; x1: number; y1: number; cx: number; cy: number; n: number }

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
 * Small connected ink components (4-connected): the ink's runs along each row, joined (union-find) to the runs
 * they touch in the row above. Only ink is visited twice, so a page costs one pass over its pixels.
 */
function smallBlobs(grey: Uint8Array, w: number, h: number, cut: number, maxSize: number): Blob[] {
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
      // Runs of the row above that share a column with this one belong to its component (both rows run left
      // to right, so the runs above that end before this one starts are passed once).
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
  // A run's parent is never a later run (a union keeps the smaller), so one pass in order flattens the trees;
  // each component's box is then gathered in the order its first run comes in raster order.
  const p = parent.data;
  const boxes = new Map<number, Blob>();
  for (let r = 0; r < runY.length; r++) {
    p[r] = p[p[r]!]!;
    const y = runY.data[r]!;
    const x0 = runX0.data[r]!;
    const x1 = runX1.data[r]!;
    const b = boxes.get(p[r]!);
    if (!b) boxes.set(p[r]!, { x0, y0: y, x1, y1: y, cx: 0, cy: 0, n: x1 - x0 + 1 });
    else { if (x0 < b.x0) b.x0 = x0; if (x1 > b.x1) b.x1 = x1; b.y1 = y; b.n += x1 - x0 + 1; }
  }
  const out: Blob[] = [];
  for (const b of boxes.values()) {
    const bw = b.x1 - b.x0 + 1;
    const bh = b.y1 - b.y0 + 1;
    // Dots, and flat dashes or rules: at most a dot's height, any length.
    if ((bw <= maxSize && bh <= maxSize) || (bh <= Math.ceil(maxSize * 0.6) && bw > 1.5 * bh)) {
      b.cx = (b.x0 + b.x1) / 2;
      b.cy = (b.y0 + b.y1) / 2;
      out.push(b);
    }
  }
  return out;
}

/** Whitens every dotted leader in place; returns how many dots were erased. */
export function removeLeaderDots(grey: Uint8Array, width: number, height: number, options: LeaderOptions = {}): number {
  const k = (options.dpi ?? 300) / 300;
  let cut = options.inkBelow;
  if (cut === undefined) {
    let sum = 0;
    for (let i = 0; i < grey.length; i++) sum += grey[i];
    cut = (sum / grey.length) * 0.6;
  }
  const blobs = smallBlobs(grey, width, height, cut, Math.max(2, Math.round(9 * k)));
  blobs.sort((a, b) => a.cy - b.cy || a.cx - b.cx);
  // Chain dots left to right: same baseline (±2.5 px at 300 dpi), gaps of 6–20 px.
  const byRow = new Map<number, Blob[]>();
  for (const b of blobs) {
    const key = Math.round(b.cy / (3 * k));
    for (const kk of [key - 1, key, key + 1]) {
      const list = byRow.get(kk) ?? [];
      list.push(b);
      byRow.set(kk, list);
    }
  }
  const erase = new Set<Blob>();
  // A long thin solid rule is erased on its own.
  for (const b of blobs) if (b.x1 - b.x0 >= 150 * k && b.n >= 0.5 * (b.x1 - b.x0 + 1) * (b.y1 - b.y0 + 1)) erase.add(b);
  const minRun = options.minRun ?? 5;
  for (const list of byRow.values()) {
    list.sort((a, b) => a.cx - b.cx);
    let run: Blob[] = [];
    const flush = (): void => {
      if (run.length >= minRun) {
        // A leader's dots are all alike: a bigger blob caught in the row (the dot below "ộ" typed just above
        // the leader) is a diacritic and stays.
        const sizes = run.map((b) => Math.max(b.x1 - b.x0, b.y1 - b.y0)).sort((x, y) => x - y);
        const median = sizes[Math.floor(sizes.length / 2)];
        for (const b of run) if (Math.max(b.x1 - b.x0, b.y1 - b.y0) <= median + 1.5 * k) erase.add(b);
      }
      run = [];
    };
    for (const b of list) {
      const prev = run[run.length - 1];
      // Dots 6–20 px apart centre to centre; dashes any length with gaps of 2–20 px (300 dpi).
      const gap = b.x0 - prev?.x1;
      if (prev && (b.cx - prev.cx < 6 * k || gap > 20 * k || (gap < 2 * k && b.cx - prev.cx > 20 * k) || Math.abs(b.cy - prev.cy) > 2.5 * k)) flush();
      run.push(b);
    }
    flush();
  }
  for (const b of erase) {
    for (let y = Math.max(0, b.y0 - 1); y <= Math.min(height - 1, b.y1 + 1); y++) {
      for (let x = Math.max(0, b.x0 - 1); x <= Math.min(width - 1, b.x1 + 1); x++) grey[y * width + x] = 255;
    }
  }
  return erase.size;
}
