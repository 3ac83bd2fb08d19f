/**
 * Finds driving-licence cards on a page image without OCR: a flatbed scan of one or more small cards on a big
 * page, or a phone photo of cards on a table. Card edges, print and photo make strong local contrast while
 * the page or table around them is smooth (noise, lamp falloff and glare are all gentle gradients), so the
 * page's gradient map, closed and with its holes filled, gives one solid region per card. Each region's four
 * corners (extremes along the diagonals) give the card's quadrilateral, perspective included.
 */
import sharp from 'sharp';
import type { Point } from './homography';
import { tintMask } from './card-tint';

/** The work resolution: the longer side of the page is reduced to this many pixels. */
const WORK = 640;
/** Gradient (grey levels per work pixel) that counts as print or a card edge. */
const EDGE = 18;
/** A card covers at least this share of the page (a PET card on A4 covers ~7%). */
const MIN_AREA = 0.03;
/** A region filling this much of its smallest rectangle is card-shaped (print on a pale card leaves corners empty). */
const MIN_FILL = 0.5;
/** A region filling this much of its diagonal-extremes quadrilateral is a card's own outline. */
const CLEAN_OUTLINE = 0.95;

export interface CardQuad {
  /** Corners TL, TR, BR, BL in page pixels. */
  corners: Point[];
  /** The card's width and height in page pixels (mean of opposite sides). */
  width: number;
  height: number;
}

/** The cards on a page, top to bottom then left to right; none when nothing card-shaped is there. */
export async function findCards(image: Buffer): Promise<CardQuad[]> {
  const meta = await sharp(image).metadata();
  const W = meta.width ?? 0;
  const H = meta.height ?? 0;
  if (!W || !H) return [];
  const k = Math.min(1, WORK / Math.max(W, H));
  const rgb = await sharp(image).removeAlpha().toColourspace('srgb').resize({ width: Math.max(1, Math.round(W * k)) }).blur(0.8).raw().toBuffer({ resolveWithObject: true });
  const w = rgb.info.width;
  const h = rgb.info.height;
  const mask = edgeMask(grey(rgb.data, rgb.info.channels), w, h);
  tintMask(rgb.data, rgb.info.channels, w, h, mask);
  // Print is closed into solid blocks over a gap of ~2% of the page; two cards lie further apart than that.
  const r = Math.max(3, Math.round(Math.max(w, h) * 0.012));
  const fine = solids(mask, w, h, Math.max(2, Math.round(r / 4)));
  const cards: CardQuad[] = [];
  for (const whole of solids(mask, w, h, r)) {
    if (whole.length < MIN_AREA * w * h) continue;
    for (const region of apart(whole, fine, w, h)) {
      const outline = cornersOf(region, w);
      const rect = boundingRect(region, w);
      // A card's own edges (a photo) make a clean quadrilateral, perspective and all; print on a scanned card
      // makes a ragged region whose diagonal extremes would skew it: the smallest rectangle around it is used.
      const quad = region.length >= CLEAN_OUTLINE * quadArea(outline) ? outline : rect;
      if (region.length < MIN_FILL * quadArea(rect)) continue;
      const corners = quad.map((p) => ({ x: p.x / k, y: p.y / k }));
      const side = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);
      const [tl, tr, br, bl] = corners as [Point, Point, Point, Point];
      cards.push({ corners, width: (side(tl, tr) + side(bl, br)) / 2, height: (side(tl, bl) + side(tr, br)) / 2 });
    }
  }
  const centre = (c: CardQuad): Point => ({ x: c.corners.reduce((a, p) => a + p.x, 0) / 4, y: c.corners.reduce((a, p) => a + p.y, 0) / 4 });
  return cards.sort((a, b) => {
    const ca = centre(a);
    const cb = centre(b);
    return Math.abs(ca.y - cb.y) > Math.min(a.height, b.height) / 2 ? ca.y - cb.y : ca.x - cb.x;
  });
}

/** The mask's solid blocks: closed over gaps of `r`, holes filled, thin bridges cut; as pixel lists. */
function solids(mask: Uint8Array, w: number, h: number, r: number): number[][] {
  const closed = erode(dilate(mask, w, h, r), w, h, r);
  fillHoles(closed, w, h);
  // A thin bridge (a shadow, a cable) between a card and the page's edge is cut; a line of print is not.
  const thin = Math.max(2, Math.round(r / 2));
  return regions(dilate(erode(closed, w, h, thin), w, h, thin), w, h);
}

/** A part of a region closed more finely (`fine`) is one of its cards when at least this share of it. */
const PART = 0.25;
/** The parts that are cards cover at least this share of the region. */
const PARTS = 0.8;

/**
 * Two cards lying closer than the closing's gap (a licence's front and back laid side by side on the scanner)
 * make one region: when the finer closing parts it into card-shaped blocks covering most of it, those are the
 * cards. One card stays whole: closed finely it is either whole again (its own edge) or bits of its print.
 */
function apart(region: number[], fine: number[][], w: number, h: number): number[][] {
  const inside = new Uint8Array(w * h);
  for (const i of region) inside[i] = 1;
  const parts = fine.filter((f) => inside[f[0]!] && f.length >= PART * region.length && f.length >= MIN_FILL * quadArea(boundingRect(f, w)));
  const covered = parts.reduce((a, f) => a + f.length, 0);
  return parts.length >= 2 && covered >= PARTS * region.length ? parts : [region];
}

function grey(data: Buffer, channels: number): Buffer {
  const out = Buffer.alloc(data.length / channels);
  for (let i = 0; i < out.length; i++) {
    const o = i * channels;
    out[i] = channels >= 3 ? Math.round(0.299 * data[o]! + 0.587 * data[o + 1]! + 0.114 * data[o + 2]!) : data[o]!;
  }
  return out;
}

function edgeMask(g: Buffer, w: number, h: number): Uint8Array {
  const m = new Uint8Array(w * h);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const gx = Math.abs(g[i + 1]! - g[i - 1]!);
      const gy = Math.abs(g[i + w]! - g[i - w]!);
      if (Math.max(gx, gy) >= EDGE) m[i] = 1;
    }
  }
  return m;
}

/** Square max filter of radius r (separable). */
function dilate(m: Uint8Array, w: number, h: number, r: number): Uint8Array {
  return separable(m, w, h, r, 1);
}

/** Square min filter of radius r (separable); outside the page counts as empty. */
function erode(m: Uint8Array, w: number, h: number, r: number): Uint8Array {
  return separable(m, w, h, r, 0);
}

function separable(m: Uint8Array, w: number, h: number, r: number, want: 0 | 1): Uint8Array {
  // One buffer of distances reused for every line (a line of the page is at most its longer side).
  const near = new Int32Array(Math.max(w, h));
  const pass = (src: Uint8Array, len: number, lines: number, stride: number, step: number): Uint8Array => {
    const out = new Uint8Array(src.length);
    for (let l = 0; l < lines; l++) {
      const base = l * stride;
      // Distance to the nearest `want` pixel along the line, from both sides.
      let last = -1e9;
      for (let i = 0; i < len; i++) {
        if (src[base + i * step] === want) last = i;
        near[i] = i - last;
      }
      last = 1e9;
      for (let i = len - 1; i >= 0; i--) {
        if (src[base + i * step] === want) last = i;
        if (last - i < near[i]!) near[i] = last - i;
      }
      for (let i = 0; i < len; i++) {
        const hit = near[i]! <= r;
        // Erosion: within r of an empty pixel (or of the page's edge) becomes empty.
        const edge = want === 0 && (i < r || i >= len - r);
        out[base + i * step] = want === 1 ? (hit ? 1 : 0) : hit || edge ? 0 : 1;
      }
    }
    return out;
  };
  const rows = pass(m, w, h, w, 1);
  return pass(rows, h, w, 1, w);
}

/** Empty pixels not reachable from the page's border are holes inside a card: filled. */
function fillHoles(m: Uint8Array, w: number, h: number): void {
  const seen = new Uint8Array(w * h);
  // Each pixel enters the stack at most once (marked when pushed).
  const stack = new Int32Array(w * h);
  let top = 0;
  const push = (i: number): void => {
    if (seen[i] || m[i]) return;
    seen[i] = 1;
    stack[top++] = i;
  };
  for (let x = 0; x < w; x++) {
    push(x);
    push((h - 1) * w + x);
  }
  for (let y = 0; y < h; y++) {
    push(y * w);
    push(y * w + w - 1);
  }
  while (top > 0) {
    const i = stack[--top]!;
    const x = i % w;
    if (x > 0) push(i - 1);
    if (x < w - 1) push(i + 1);
    if (i >= w) push(i - w);
    if (i < (h - 1) * w) push(i + w);
  }
  for (let i = 0; i < m.length; i++) if (!m[i] && !seen[i]) m[i] = 1;
}

/** 4-connected regions of set pixels, as lists of pixel indices. */
function regions(m: Uint8Array, w: number, h: number): number[][] {
  const label = new Uint8Array(w * h);
  const stack = new Int32Array(w * h);
  const out: number[][] = [];
  for (let s = 0; s < m.length; s++) {
    if (!m[s] || label[s]) continue;
    const region: number[] = [];
    let top = 0;
    stack[top++] = s;
    label[s] = 1;
    while (top > 0) {
      const i = stack[--top]!;
      region.push(i);
      const x = i % w;
      if (x > 0 && m[i - 1] && !label[i - 1]) { label[i - 1] = 1; stack[top++] = i - 1; }
      if (x < w - 1 && m[i + 1] && !label[i + 1]) { label[i + 1] = 1; stack[top++] = i + 1; }
      if (i >= w && m[i - w] && !label[i - w]) { label[i - w] = 1; stack[top++] = i - w; }
      if (i + w < w * h && m[i + w] && !label[i + w]) { label[i + w] = 1; stack[top++] = i + w; }
    }
    out.push(region);
  }
  return out;
}

/** The region's corners: extremes of x+y (TL, BR) and x−y (TR, BL). */
function cornersOf(region: number[], w: number): Point[] {
  let tl = region[0]!;
  let br = tl;
  let tr = tl;
  let bl = tl;
  const sum = (i: number): number => (i % w) + Math.floor(i / w);
  const diff = (i: number): number => (i % w) - Math.floor(i / w);
  for (const i of region) {
    if (sum(i) < sum(tl)) tl = i;
    if (sum(i) > sum(br)) br = i;
    if (diff(i) > diff(tr)) tr = i;
    if (diff(i) < diff(bl)) bl = i;
  }
  return [tl, tr, br, bl].map((i) => ({ x: (i % w) + 0.5, y: Math.floor(i / w) + 0.5 }));
}

/** The smallest rectangle (turned up to ±20°) holding the region, corners TL, TR, BR, BL. */
function boundingRect(region: number[], w: number): Point[] {
  // Only each row's leftmost and rightmost pixels can be extreme along any direction: the rest are skipped.
  const left = new Map<number, number>();
  const right = new Map<number, number>();
  for (const i of region) {
    const x = i % w;
    const y = (i - x) / w;
    if (!(x >= (left.get(y) ?? Infinity))) left.set(y, x);
    if (!(x <= (right.get(y) ?? -Infinity))) right.set(y, x);
  }
  const xs: number[] = [];
  const ys: number[] = [];
  for (const side of [left, right]) {
    for (const [y, x] of side) {
      xs.push(x + 0.5);
      ys.push(y + 0.5);
    }
  }
  let best: { area: number; corners: Point[] } | null = null;
  for (let deg = -20; deg <= 20; deg += 0.5) {
    const a = (deg * Math.PI) / 180;
    const c = Math.cos(a);
    const s = Math.sin(a);
    let u0 = Infinity, u1 = -Infinity, v0 = Infinity, v1 = -Infinity;
    for (let k = 0; k < xs.length; k++) {
      const u = xs[k]! * c + ys[k]! * s;
      const v = -xs[k]! * s + ys[k]! * c;
      if (u < u0) u0 = u;
      if (u > u1) u1 = u;
      if (v < v0) v0 = v;
      if (v > v1) v1 = v;
    }
    const area = (u1 - u0) * (v1 - v0);
    if (best && area >= best.area) continue;
    const back = (u: number, v: number): Point => ({ x: u * c - v * s, y: u * s + v * c });
    best = { area, corners: [back(u0, v0), back(u1, v0), back(u1, v1), back(u0, v1)] };
  }
  return best!.corners;
}

function quadArea(q: Point[]): number {
  let a = 0;
  for (let i = 0; i < 4; i++) a += q[i]!.x * q[(i + 1) % 4]!.y - q[(i + 1) % 4]!.x * q[i]!.y;
  return Math.abs(a) / 2;
}
