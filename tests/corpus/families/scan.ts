/**
 * Scan settings per split and the scan itself: photocopy contrast, skew, blur, lamp and sensor noise, speckle,
 * then colour/grey JPEG or bi-level CCITT G4, fed in any of four orientations. The held-out split uses settings
 * the dev split never shows (dpi, JPEG range, skew range, sideways feed, fax-like thresholds, heavy speckle).
 */
import sharp from 'sharp';
import type { Rng } from '../rng';
import { lampAndNoise } from '../degrade';
import type { Split } from './types';
import type { Raster } from './raster';

/** Settings shared by a dossier's pages (one scanner job). */
export interface ScanJob {
  dpi: number;
  mode: 'colour' | 'grey' | 'bilevel';
}

/** Settings of one sheet. */
export interface SheetScan {
  rotation: 0 | 90 | 180 | 270;
  skewDeg: number;
  jpegQuality: number;
  noiseSigma: number;
  blurSigma: number;
  /** Toner specks per megapixel. */
  speckle: number;
  /** Photocopy tone curve: 0 none, <0 lighter, >0 darker. */
  copy: number;
  threshold: number;
}

export const CLEAN_SHEET: SheetScan = { rotation: 0, skewDeg: 0, jpegQuality: 95, noiseSigma: 0, blurSigma: 0, speckle: 0, copy: 0, threshold: 160 };

export function pickJob(rng: Rng, split: Split, bilevelChance?: number): ScanJob {
  const r = rng.fork('job');
  if (split === 'dev') {
    const mode = r.chance(bilevelChance ?? 0.15) ? 'bilevel' : r.chance(0.5) ? 'colour' : 'grey';
    return { dpi: mode === 'bilevel' ? 300 : r.pick([300, 300, 200]), mode };
  }
  const mode = r.chance(bilevelChance ?? 0.3) ? 'bilevel' : r.chance(0.4) ? 'colour' : 'grey';
  return { dpi: r.pick([400, 240]), mode };
}

export function pickSheet(rng: Rng, split: Split, photocopy = false): SheetScan {
  const r = rng.fork('sheet');
  if (split === 'dev') {
    return {
      rotation: r.chance(0.08) ? 180 : 0,
      skewDeg: Number(r.range(-3, 3).toFixed(2)),
      jpegQuality: r.int(55, 95),
      noiseSigma: Number(r.range(2, 6).toFixed(1)),
      blurSigma: r.chance(0.5) ? Number(r.range(0.3, 0.9).toFixed(2)) : 0,
      speckle: r.int(0, 30),
      copy: photocopy ? r.pick([-0.5, 0.5]) : 0,
      threshold: r.int(150, 175),
    };
  }
  const sign = r.chance(0.5) ? -1 : 1;
  return {
    rotation: r.pick([0, 0, 0, 0, 0, 90, 180, 270] as const),
    skewDeg: Number((sign * r.range(3, 5)).toFixed(2)),
    jpegQuality: r.int(30, 54),
    noiseSigma: Number(r.range(4, 10).toFixed(1)),
    blurSigma: r.chance(0.5) ? Number(r.range(0.5, 1.2).toFixed(2)) : 0,
    speckle: r.int(40, 200),
    copy: photocopy || r.chance(0.3) ? r.pick([-1, -0.7, 0.7, 1]) : 0,
    threshold: r.pick([125, 140, 185, 200]),
  };
}

/** A photocopier's tone curve: darker pushes greys to black, lighter washes thin strokes out. */
function toneCurve(img: Buffer, k: number): void {
  if (!k) return;
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) {
    const u = v / 255;
    const w = k > 0 ? Math.pow(u, 1 + k * 1.2) : 1 - Math.pow(1 - u, 1 - k * 1.5);
    lut[v] = Math.round(Math.max(0, Math.min(1, w)) * 255);
  }
  for (let i = 0; i < img.length; i++) img[i] = lut[img[i]!]!;
}

/** Toner specks and small blots. */
function speckle(img: Buffer, w: number, h: number, perMpx: number, rng: Rng): void {
  const n = Math.round((perMpx * w * h) / 1e6);
  for (let i = 0; i < n; i++) {
    const cx = rng.int(0, w - 1);
    const cy = rng.int(0, h - 1);
    const r = rng.chance(0.85) ? 1 : rng.int(2, 4);
    const tone = rng.int(0, 90);
    for (let y = Math.max(0, cy - r); y <= Math.min(h - 1, cy + r); y++) {
      for (let x = Math.max(0, cx - r); x <= Math.min(w - 1, cx + r); x++) {
        if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) continue;
        const p = (y * w + x) * 3;
        img[p] = img[p + 1] = img[p + 2] = tone;
      }
    }
  }
}

export interface ScannedSheet {
  image: Buffer;
  width: number;
  height: number;
}

/** The sheet as the scanner delivers it: JPEG (colour/grey) or single-page G4 TIFF (bi-level). */
export async function scanRaster(r: Raster, job: ScanJob, sheet: SheetScan, rng: Rng): Promise<ScannedSheet> {
  const { width, height } = r;
  let img: Buffer = Buffer.from(r.data);
  toneCurve(img, sheet.copy);
  if (sheet.skewDeg) {
    const rot = await sharp(img, { raw: { width, height, channels: 3 } }).rotate(sheet.skewDeg, { background: '#f4f3ef' }).raw().toBuffer({ resolveWithObject: true });
    const left = Math.floor((rot.info.width - width) / 2);
    const top = Math.floor((rot.info.height - height) / 2);
    img = await sharp(rot.data, { raw: { width: rot.info.width, height: rot.info.height, channels: 3 } }).extract({ left, top, width, height }).raw().toBuffer();
  }
  if (sheet.blurSigma >= 0.3) img = await sharp(img, { raw: { width, height, channels: 3 } }).blur(sheet.blurSigma).raw().toBuffer();
  lampAndNoise(img, width, height, rng.fork('lamp'), 0.15, sheet.noiseSigma);
  speckle(img, width, height, sheet.speckle, rng.fork('speckle'));
  let out = sharp(img, { raw: { width, height, channels: 3 } });
  const density = { density: job.dpi };
  let image: Buffer;
  if (job.mode === 'bilevel') {
    const grey = await out.greyscale().threshold(sheet.threshold).extractChannel(0).raw().toBuffer();
    let bw = sharp(grey, { raw: { width, height, channels: 1 } });
    // sharp's rotate widens one channel to three: keep the first, or the raw bytes read as a striped third of the page.
    if (sheet.rotation) bw = sharp(await bw.rotate(sheet.rotation).extractChannel(0).raw().toBuffer(), { raw: sheet.rotation === 180 ? { width, height, channels: 1 } : { width: height, height: width, channels: 1 } });
    image = await bw.toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1, predictor: 'none', xres: job.dpi / 25.4, yres: job.dpi / 25.4 }).toBuffer();
  } else {
    if (job.mode === 'grey') out = out.greyscale();
    if (sheet.rotation) out = out.rotate(sheet.rotation);
    image = await out.jpeg({ quality: sheet.jpegQuality, chromaSubsampling: '4:2:0' }).withMetadata(density).toBuffer();
  }
  const swapped = sheet.rotation === 90 || sheet.rotation === 270;
  return { image, width: swapped ? height : width, height: swapped ? width : height };
}
