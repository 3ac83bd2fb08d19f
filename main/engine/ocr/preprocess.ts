/**
 * Page images as OCR wants them: one grey channel, levelled, dotted leaders erased, contrast stretched,
 * optionally downscaled and binarised, handed over as binary PGM so tesseract's WASM leptonica does no
 * JPEG/PNG decoding of its own.
 */
import sharp from 'sharp';
import { removeLeaderDots } from './leaders';

export interface PreprocessOptions {
  /** Resolution of the source (default: from the file, else 300). */
  sourceDpi?: number;
  /** Downscale to about this resolution (never upscale). Default: keep. */
  targetDpi?: number;
  /** Stretch contrast to the full range (cheap, helps grey rubbings and photocopies). Default true. */
  normalise?: boolean;
  /** Global threshold 0–255 after normalising; omit to keep grey (tesseract binarises itself with Otsu). */
  threshold?: number;
  /** Clockwise degrees to rotate first: quarter turns plus the deskew angle, in one resampling. */
  rotate?: number;
  /** Crop (in source pixels, applied after rotation). */
  region?: { left: number; top: number; width: number; height: number };
  /** Erase dotted leaders before OCR (see leaders.ts). Default false. */
  removeLeaders?: boolean;
}

export interface PreparedImage {
  /** Binary PGM (P5). */
  image: Buffer;
  width: number;
  height: number;
  /** Output pixels per source pixel (after rotation), to map boxes back onto the levelled scan. */
  scale: number;
  /** Leader dots erased. */
  leaderDots: number;
}

/** Wraps 8-bit grey pixels in a PGM header. */
export function toPgm(pixels: Buffer, width: number, height: number): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii'), pixels]);
}

/** One-channel raw pixels of any sharp pipeline (sharp turns b-w into sRGB after some operations). */
export async function greyPixels(img: sharp.Sharp): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await img.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Turns one scanned page (any format sharp reads) into an OCR-ready greyscale PGM. */
export async function preprocessForOcr(input: Buffer, options: PreprocessOptions = {}): Promise<PreparedImage> {
  const dpi = options.sourceDpi ?? (await sharp(input).metadata()).density ?? 300;
  let base = sharp(input).greyscale();
  if (options.rotate) base = base.rotate(options.rotate, { background: '#ffffff' });
  // Materialise at source resolution: crops apply to the rotated page and leaders are found at full detail.
  let grey = await greyPixels(base);
  if (options.region) {
    grey = await greyPixels(sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } }).extract(options.region));
  }
  const leaderDots = options.removeLeaders ? removeLeaderDots(grey.data, grey.width, grey.height, { dpi }) : 0;
  let img = sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } });
  let scale = 1;
  if (options.targetDpi && options.targetDpi < dpi) {
    scale = options.targetDpi / dpi;
    img = img.resize({ width: Math.round(grey.width * scale), kernel: 'lanczos3' });
  }
  if (options.normalise ?? true) img = img.normalise({ lower: 1, upper: 99 });
  if (options.threshold !== undefined) img = img.threshold(options.threshold);
  const out = await greyPixels(img);
  return { image: toPgm(out.data, out.width, out.height), width: out.width, height: out.height, scale, leaderDots };
}
