/**
 * Erases leaders (the dotted "………", dashed "- - -" or solid rule a form prints after each label) from a
 * greyscale page. Tesseract reads a long leader as junk and, worse, garbles the value written over it or drops
 * the whole line as a picture; a row of small, evenly spaced blobs (or one long thin rule) is never text, while
 * an isolated dot or dash (the '.' in "159.94", the '-' in "JF63E-1234567", a dot below in "ị") is kept.
 */
import { inkComponents, inkCut, type InkPart } from './ink-components';

export interface LeaderOptions {
  /** Resolution of the image; blob sizes scale with it. Default 300. */
  dpi?: number;
  /** Grey level below which a pixel is ink. Default: 60% of the mean grey. */
  inkBelow?: number;
  /** Minimum number of dots in a row to call it a leader. Default 5. */
  minRun?: number;
  /** The page's pieces of ink (inkComponents), when the caller has them already; `inkBelow` is then not used. */
  parts?: InkPart[];
}

/** Dots, and flat dashes or rules: pieces of ink at most a dot's height, any length. */
function smallBlobs(parts: InkPart[], maxSize: number): InkPart[] {
  return parts.filter((b) => {
    const bw = b.x1 - b.x0 + 1;
    const bh = b.y1 - b.y0 + 1;
    return (bw <= maxSize && bh <= maxSize) || (bh <= Math.ceil(maxSize * 0.6) && bw > 1.5 * bh);
  });
}

/** Whitens every dotted leader in place; returns how many dots were erased. */
export function removeLeaderDots(grey: Uint8Array, width: number, height: number, options: LeaderOptions = {}): number {
  const k = (options.dpi ?? 300) / 300;
  const parts = options.parts ?? inkComponents(grey, width, height, options.inkBelow ?? inkCut(grey));
  const blobs = smallBlobs(parts, Math.max(2, Math.round(9 * k)));
  blobs.sort((a, b) => a.cy - b.cy || a.cx - b.cx);
  // Chain dots left to right: same baseline (±2.5 px at 300 dpi), gaps of 6–20 px.
  const byRow = new Map<number, InkPart[]>();
  for (const b of blobs) {
    const key = Math.round(b.cy / (3 * k));
    for (const kk of [key - 1, key, key + 1]) {
      const list = byRow.get(kk) ?? [];
      list.push(b);
      byRow.set(kk, list);
    }
  }
  const erase = new Set<InkPart>();
  // A long thin solid rule is erased on its own.
  for (const b of blobs) if (b.x1 - b.x0 >= 150 * k && b.n >= 0.5 * (b.x1 - b.x0 + 1) * (b.y1 - b.y0 + 1)) erase.add(b);
  const minRun = options.minRun ?? 5;
  for (const list of byRow.values()) {
    list.sort((a, b) => a.cx - b.cx);
    let run: InkPart[] = [];
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
