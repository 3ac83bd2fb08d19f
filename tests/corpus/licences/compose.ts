/**
 * Pages holding licence cards, as a station receives them: a flatbed scan of one or two cards on an A4 page
 * (small card, big white page, slightly askew), or a phone photo of a card on a table (perspective, uneven
 * light falling off to one side, a glare spot, blur, sensor noise, JPEG). Photo settings differ per split.
 */
import sharp from 'sharp';
import type { Rng } from '../rng';
import type { LicenceSplit } from './card-style';
import type { CardPixels } from './render-card';
import { warpOnto, type Point } from './warp';

export interface ComposedPage {
  image: Buffer;
  format: 'png' | 'jpeg';
  width: number;
  height: number;
  dpi: number;
  /** Each card's corners on the page (TL, TR, BR, BL), in the order the cards were given. */
  quads: Point[][];
}

const PHOTO = {
  dev: { tilt: 0.06, light: [0.15, 0.35], glare: [0.3, 0.5], blur: [0.4, 0.8], jpeg: [75, 90], tables: [[150, 112, 80], [120, 120, 124], [92, 70, 52]] },
  'heldout-seen': { tilt: 0.1, light: [0.25, 0.5], glare: [0.4, 0.65], blur: [0.6, 1.1], jpeg: [55, 80], tables: [[40, 52, 86], [48, 84, 62], [30, 30, 34], [170, 160, 150]] },
  heldout: { tilt: 0.085, light: [0.2, 0.45], glare: [0.35, 0.6], blur: [0.5, 1.0], jpeg: [60, 85], tables: [[110, 60, 50], [200, 196, 180], [60, 70, 70], [84, 96, 120]] },
  'heldout-typed': { tilt: 0.075, light: [0.3, 0.5], glare: [0.3, 0.55], blur: [0.6, 1.1], jpeg: [50, 80], tables: [[140, 140, 130], [70, 50, 40], [35, 45, 60]] },
} as const;

/** A flatbed scan (A4 portrait at `dpi`) of the cards, each rendered at that dpi, laid out down the page. */
export async function scanPage(cards: CardPixels[], r: Rng, dpi: number, jpeg: boolean): Promise<ComposedPage> {
  const width = Math.round((210 / 25.4) * dpi);
  const height = Math.round((297 / 25.4) * dpi);
  const canvas = Buffer.alloc(width * height * 3, 248);
  const quads: Point[][] = [];
  let top = Math.round(height * r.range(0.06, 0.2));
  for (const card of cards) {
    const left = r.int(Math.round(width * 0.05), Math.max(Math.round(width * 0.05), width - card.width - Math.round(width * 0.08)));
    const angle = (r.range(-3, 3) * Math.PI) / 180;
    const cx = left + card.width / 2;
    const cy = top + card.height / 2;
    const quad = [[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([sx, sy]) => {
      const dx = (sx! * card.width) / 2;
      const dy = (sy! * card.height) / 2;
      return { x: cx + dx * Math.cos(angle) - dy * Math.sin(angle), y: cy + dx * Math.sin(angle) + dy * Math.cos(angle) };
    });
    warpOnto(canvas, width, height, card, quad);
    quads.push(quad);
    top += card.height + r.int(Math.round(dpi * 0.4), Math.round(dpi * 1.2));
  }
  addNoise(canvas, r, 4);
  return encode(canvas, width, height, dpi, jpeg ? r.int(80, 92) : null, quads);
}

/** A phone photo of the cards (side by side) on a table, 4:3, the cards filling about two thirds of it. */
export async function photoPage(cards: CardPixels[], r: Rng, split: LicenceSplit): Promise<ComposedPage> {
  const s = PHOTO[split];
  // A phone's 4:3 frame; two cards side by side are photographed at a higher resolution, as phones do.
  const width = cards.length > 1 ? 3200 : 2000;
  const height = Math.round(width * 0.75);
  const table: readonly number[] = r.pick<readonly number[]>(s.tables);
  const canvas = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) for (let c = 0; c < 3; c++) canvas[i * 3 + c] = table[c]!;
  addNoise(canvas, r, 10);
  const quads: Point[][] = [];
  const slot = width / Math.max(1, cards.length);
  cards.forEach((card, i) => {
    const w = slot * r.range(0.62, 0.78);
    const h = (w * card.height) / card.width;
    const cx = slot * (i + 0.5) + r.range(-0.05, 0.05) * slot;
    const cy = height / 2 + r.range(-0.08, 0.08) * height;
    const angle = (r.range(-8, 8) * Math.PI) / 180;
    const quad = [[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([sx, sy]) => {
      // Perspective: each corner moved by up to `tilt` of the card's size.
      const dx = (sx! * w) / 2 + r.range(-s.tilt, s.tilt) * w;
      const dy = (sy! * h) / 2 + r.range(-s.tilt, s.tilt) * h;
      return { x: cx + dx * Math.cos(angle) - dy * Math.sin(angle), y: cy + dx * Math.sin(angle) + dy * Math.cos(angle) };
    });
    warpOnto(canvas, width, height, card, quad);
    quads.push(quad);
  });
  unevenLight(canvas, width, height, r, r.range(s.light[0], s.light[1]));
  // The lamp's reflection falls on a card (on the table when the photo holds none).
  const q = quads.length ? quads[r.int(0, quads.length - 1)]! : [{ x: 0, y: 0 }, { x: width, y: 0 }, { x: width, y: height }, { x: 0, y: height }];
  const gx = q.reduce((a, p) => a + p.x, 0) / 4 + r.range(-0.3, 0.3) * (q[1]!.x - q[0]!.x);
  const gy = q.reduce((a, p) => a + p.y, 0) / 4 + r.range(-0.3, 0.3) * (q[3]!.y - q[0]!.y);
  glare(canvas, width, height, gx, gy, r.range(0.08, 0.14) * width, r.range(s.glare[0], s.glare[1]));
  addNoise(canvas, r, 6);
  const blurred = await sharp(canvas, { raw: { width, height, channels: 3 } }).blur(r.range(s.blur[0], s.blur[1])).raw().toBuffer();
  return encode(blurred, width, height, 72, r.int(s.jpeg[0], s.jpeg[1]), quads);
}

/** Light falling off from one side: a multiplicative ramp down to 1 − strength. */
function unevenLight(canvas: Buffer, w: number, h: number, r: Rng, strength: number): void {
  const a = r.range(0, 2 * Math.PI);
  const ux = Math.cos(a);
  const uy = Math.sin(a);
  const span = Math.abs(ux) * w + Math.abs(uy) * h;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const t = ((x - w / 2) * ux + (y - h / 2) * uy) / span + 0.5;
      const k = 1 - strength * Math.max(0, Math.min(1, t));
      const o = (y * w + x) * 3;
      for (let c = 0; c < 3; c++) canvas[o + c] = Math.round(canvas[o + c]! * k);
    }
  }
}

/** A lamp's reflection: blends towards white with a Gaussian falloff around (gx, gy). */
function glare(canvas: Buffer, w: number, h: number, gx: number, gy: number, radius: number, strength: number): void {
  const x0 = Math.max(0, Math.floor(gx - 3 * radius));
  const x1 = Math.min(w, Math.ceil(gx + 3 * radius));
  for (let y = Math.max(0, Math.floor(gy - 3 * radius)); y < Math.min(h, Math.ceil(gy + 3 * radius)); y++) {
    for (let x = x0; x < x1; x++) {
      const d2 = ((x - gx) ** 2 + ((y - gy) * 1.6) ** 2) / (radius * radius);
      const k = strength * Math.exp(-d2);
      const o = (y * w + x) * 3;
      for (let c = 0; c < 3; c++) canvas[o + c] = Math.round(canvas[o + c]! + (255 - canvas[o + c]!) * k);
    }
  }
}

function addNoise(canvas: Buffer, r: Rng, sigma: number): void {
  for (let i = 0; i < canvas.length; i += 3) {
    const n = r.gauss() * sigma;
    for (let c = 0; c < 3; c++) canvas[i + c] = Math.max(0, Math.min(255, Math.round(canvas[i + c]! + n)));
  }
}

async function encode(raw: Buffer, width: number, height: number, dpi: number, quality: number | null, quads: Point[][]): Promise<ComposedPage> {
  const img = sharp(raw, { raw: { width, height, channels: 3 } }).withMetadata({ density: dpi });
  const image = quality === null ? await img.png({ compressionLevel: 6 }).toBuffer() : await img.jpeg({ quality }).toBuffer();
  return { image, format: quality === null ? 'png' : 'jpeg', width, height, dpi, quads };
}
