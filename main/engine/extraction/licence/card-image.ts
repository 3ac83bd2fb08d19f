/**
 * One card cut out of its page as OCR wants it: flattened (the perspective undone through its four corners),
 * lying landscape, one grey channel (the red one: a pink card and its red seal and title fade, black print
 * stays), at a fixed width whatever the scan's resolution, with the light levelled (lamp falloff and glare
 * divided out by the card's own local background) and the dark table around a photographed card made white.
 */
import sharp from 'sharp';
import type { GreyImage } from '../../ocr/deskew';
import type { CardQuad } from './card-finder';
import { applyH, homography, type Point } from './homography';

/** Width the card is read at: a PET card's 7-pt values come out ~40 px tall, a paper card's ~35 px. */
export const CARD_READ_WIDTH = 1500;
/** Border added around the found quadrilateral (its share of the card): print at the edge is not cut. */
const MARGIN = 0.06;
/** Block size (read pixels) of the background estimate: larger than any stroke, smaller than the light's changes. */
const BLOCK = 24;

export interface CardImage {
  grey: GreyImage;
  /** Card pixels → page pixels. */
  toPage: (p: Point) => Point;
}

/** The red channel of a page image, full resolution. */
export async function pageRed(image: Buffer): Promise<GreyImage> {
  const { data, info } = await sharp(image).removeAlpha().toColourspace('srgb').extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The card flattened, levelled and landscape. */
export function cardImage(page: GreyImage, quad: CardQuad): CardImage {
  let [tl, tr, br, bl] = quad.corners as [Point, Point, Point, Point];
  let ratio = quad.height / quad.width;
  // A card lying portrait is turned a quarter (clockwise): reading turns it further if it is upside down.
  if (ratio > 1) {
    [tl, tr, br, bl] = [bl, tl, tr, br];
    ratio = 1 / ratio;
  }
  const W = CARD_READ_WIDTH;
  const H = Math.round(W * ratio);
  const unit = [{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 1, y: 1 }, { x: 0, y: 1 }];
  const toQuad = homography(unit, [tl, tr, br, bl]);
  const toPage = (p: Point): Point => applyH(toQuad, -MARGIN + (p.x / W) * (1 + 2 * MARGIN), -MARGIN + (p.y / H) * (1 + 2 * MARGIN));
  const data = Buffer.alloc(W * H, 255);
  const [h0, h1, h2, h3, h4, h5, h6, h7, h8] = toQuad as [number, number, number, number, number, number, number, number, number];
  // toPage written out per pixel (this loop runs over a million and a half pixels).
  for (let y = 0; y < H; y++) {
    const v = -MARGIN + ((y + 0.5) / H) * (1 + 2 * MARGIN);
    for (let x = 0; x < W; x++) {
      const u = -MARGIN + ((x + 0.5) / W) * (1 + 2 * MARGIN);
      const w = h6 * u + h7 * v + h8;
      data[y * W + x] = sample(page, (h0 * u + h1 * v + h2) / w - 0.5, (h3 * u + h4 * v + h5) / w - 0.5);
    }
  }
  const raw = { data, width: W, height: H };
  return { grey: tableWhite(levelLight(raw), raw), toPage };
}

/** Beyond the card's edge, ink darker than this share of the card's paper is the table the card lies on. */
const TABLE = 0.6;
/** The band along the image's edge the table is looked for from (pixels). */
const EDGE = 4;
/** The share of the border the table must fill for all of the border to be taken for it. */
const ON_TABLE = 0.6;

/**
 * The table around a photographed card made white once the light is levelled: left dark, it drags OCR's one
 * threshold for the whole card below the light grey of the labels, which are then lost. What is whitened is
 * the dark reached from the image's edge without crossing the card's frame (`raw`, before levelling): a card
 * whose frame was found a little inside its edge keeps its print, which is as light as its paper around it.
 */
function tableWhite(levelled: GreyImage, raw: GreyImage): GreyImage {
  const { width: W, height: H } = raw;
  const x0 = Math.round((MARGIN / (1 + 2 * MARGIN)) * W);
  const y0 = Math.round((MARGIN / (1 + 2 * MARGIN)) * H);
  const beyond = (x: number, y: number): boolean => x < x0 || x >= W - x0 || y < y0 || y >= H - y0;
  // The card's paper: the brightest of its inner rows' middles (print and photo are darker).
  const paper: number[] = [];
  for (let y = y0; y < H - y0; y += 8) for (let x = x0; x < W - x0; x += 8) paper.push(raw.data[y * W + x]!);
  paper.sort((a, b) => a - b);
  const dark = TABLE * (paper[Math.floor(paper.length * 0.75)] ?? 255);
  const seen = new Uint8Array(W * H);
  const stack: number[] = [];
  const push = (x: number, y: number): void => {
    const i = y * W + x;
    if (x < 0 || y < 0 || x >= W || y >= H || seen[i] || !beyond(x, y) || raw.data[i]! >= dark) return;
    seen[i] = 1;
    stack.push(i);
  };
  // From a band along the image's edge (its outermost pixels may lie past the photo's, white).
  for (let d = 0; d < EDGE; d++) {
    for (let x = 0; x < W; x++) { push(x, d); push(x, H - 1 - d); }
    for (let y = 0; y < H; y++) { push(d, y); push(W - 1 - d, y); }
  }
  let table = 0;
  while (stack.length) {
    const i = stack.pop()!;
    levelled.data[i] = 255;
    table++;
    const x = i % W;
    const y = (i - x) / W;
    push(x + 1, y); push(x - 1, y); push(x, y + 1); push(x, y - 1);
  }
  // A card lying on a table that fills most of the border: the border is the table up to the card's frame, even
  // where the card's edge casts a shadow or a seam of light between the two.
  if (table >= ON_TABLE * (W * H - (W - 2 * x0) * (H - 2 * y0))) {
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (beyond(x, y)) levelled.data[y * W + x] = 255;
  }
  return levelled;
}

function sample(g: GreyImage, x: number, y: number): number {
  if (x < 0 || y < 0 || x > g.width - 1 || y > g.height - 1) return 255;
  const ix = Math.min(g.width - 2, Math.floor(x));
  const iy = Math.min(g.height - 2, Math.floor(y));
  const fx = x - ix;
  const fy = y - iy;
  const d = g.data;
  const i = iy * g.width + ix;
  return Math.round(d[i]! * (1 - fx) * (1 - fy) + d[i + 1]! * fx * (1 - fy) + d[i + g.width]! * (1 - fx) * fy + d[i + g.width + 1]! * fx * fy);
}

/** Divides each pixel by the local background (the brightest value around it, smoothed): light made even. */
function levelLight(g: GreyImage): GreyImage {
  const bw = Math.ceil(g.width / BLOCK);
  const bh = Math.ceil(g.height / BLOCK);
  const max = new Float32Array(bw * bh);
  for (let y = 0; y < g.height; y++) {
    const row = Math.floor(y / BLOCK) * bw;
    for (let x0 = 0, b = row; x0 < g.width; x0 += BLOCK, b++) {
      let m = max[b]!;
      for (let i = y * g.width + x0, end = y * g.width + Math.min(g.width, x0 + BLOCK); i < end; i++) if (g.data[i]! > m) m = g.data[i]!;
      max[b] = m;
    }
  }
  // Smoothed twice over the 3×3 neighbourhood: a block that is all print borrows its neighbours' background.
  let bg = max;
  for (let pass = 0; pass < 2; pass++) {
    const next = new Float32Array(bw * bh);
    for (let by = 0; by < bh; by++) {
      for (let bx = 0; bx < bw; bx++) {
        let m = 0;
        for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
          const x = bx + dx;
          const y = by + dy;
          if (x >= 0 && y >= 0 && x < bw && y < bh) m = Math.max(m, bg[y * bw + x]! * (dx || dy ? 0.97 : 1));
        }
        next[by * bw + bx] = m;
      }
    }
    bg = next;
  }
  const out = Buffer.alloc(g.data.length);
  // Each column's two blocks and weight, the same for every row.
  const cx0 = new Int32Array(g.width);
  const cx1 = new Int32Array(g.width);
  const ctx = new Float64Array(g.width);
  for (let x = 0; x < g.width; x++) {
    const fx = Math.min(bw - 1, Math.max(0, (x + 0.5) / BLOCK - 0.5));
    cx0[x] = Math.floor(fx);
    cx1[x] = Math.min(bw - 1, cx0[x]! + 1);
    ctx[x] = fx - cx0[x]!;
  }
  for (let y = 0; y < g.height; y++) {
    const fy = Math.min(bh - 1, Math.max(0, (y + 0.5) / BLOCK - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(bh - 1, y0 + 1);
    const ty = fy - y0;
    for (let x = 0; x < g.width; x++) {
      const x0 = cx0[x]!;
      const x1 = cx1[x]!;
      const tx = ctx[x]!;
      const b = (bg[y0 * bw + x0]! * (1 - tx) + bg[y0 * bw + x1]! * tx) * (1 - ty) + (bg[y1 * bw + x0]! * (1 - tx) + bg[y1 * bw + x1]! * tx) * ty;
      const i = y * g.width + x;
      out[i] = Math.min(255, Math.round((g.data[i]! * 255) / Math.max(40, b)));
    }
  }
  return { data: out, width: g.width, height: g.height };
}
