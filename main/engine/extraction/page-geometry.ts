/**
 * The page as OCR sees it (turned upright, levelled, downscaled) and the way back to the scan's own pixels:
 * every box the officer sees must land on the original image, which is what the archive keeps.
 */
import sharp from 'sharp';
import type { GreyImage } from '../ocr/deskew';
import type { Box } from '../domain/field-reading';
import type { OcrBox } from '../ocr/ocr-lines';

/**
 * Decodes any image sharp reads into one grey channel, once per page. A colour scan gives its red channel:
 * the red seal stamped over values all but vanishes there, while black type and blue ink stay dark.
 */
export async function decodeGrey(image: Buffer): Promise<GreyImage> {
  const meta = await sharp(image).metadata();
  const colour = (meta.channels ?? 1) >= 3 && meta.space !== 'cmyk' && meta.space !== 'b-w';
  const base = colour ? sharp(image).removeAlpha().extractChannel(0) : sharp(image).greyscale().extractChannel(0);
  const { data, info } = await base.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Rotates clockwise by `deg` about the centre onto a canvas that holds the whole page (white corners). */
export async function rotateGrey(grey: GreyImage, deg: number): Promise<GreyImage> {
  const d = ((deg % 360) + 360) % 360;
  if (d === 0) return grey;
  const { data, info } = await sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .rotate(d, { background: '#ffffff' }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * A blank sheet (or the back of one) holds no ink darker than its own background. Judged at ~50 dpi against a
 * heavily blurred background so lamp falloff and sensor noise (both averaged away) do not count as ink.
 */
export async function isBlankPage(grey: GreyImage, dpi: number): Promise<boolean> {
  const width = Math.max(8, Math.round((grey.width * 50) / dpi));
  const small = await sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .resize({ width }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const bg = await sharp(small.data, { raw: { width: small.info.width, height: small.info.height, channels: 1 } })
    .blur(12).extractChannel(0).raw().toBuffer();
  const w = small.info.width;
  const h = small.info.height;
  const mx = Math.round(w * 0.05);
  const my = Math.round(h * 0.05);
  let ink = 0;
  let n = 0;
  for (let y = my; y < h - my; y++) {
    for (let x = mx; x < w - mx; x++) {
      n++;
      if (small.data[y * w + x] < bg[y * w + x] - 40) ink++;
    }
  }
  return n === 0 || ink / n < 0.002;
}

/** How the levelled page relates to the scan: a rotation about the centre by `angleDeg` clockwise. */
export interface PageTransform {
  angleDeg: number;
  src: { width: number; height: number };
  dst: { width: number; height: number };
}

/** A box on the levelled page (levelled pixels) mapped to the scan's pixels: the bounding box of its corners. */
export function toScanBox(t: PageTransform, b: OcrBox): Box {
  const a = (-t.angleDeg * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [[b.x0, b.y0], [b.x1, b.y0], [b.x0, b.y1], [b.x1, b.y1]]) {
    const px = x - t.dst.width / 2;
    const py = y - t.dst.height / 2;
    xs.push(t.src.width / 2 + px * cos - py * sin);
    ys.push(t.src.height / 2 + px * sin + py * cos);
  }
  const x0 = Math.max(0, Math.min(...xs));
  const y0 = Math.max(0, Math.min(...ys));
  const x1 = Math.min(t.src.width, Math.max(...xs));
  const y1 = Math.min(t.src.height, Math.max(...ys));
  return { x: Math.round(x0), y: Math.round(y0), w: Math.max(0, Math.round(x1 - x0)), h: Math.max(0, Math.round(y1 - y0)) };
}

/** Scales an OCR box (e.g. from the downscaled layout image) by k. */
export function scaleBox(b: OcrBox, k: number): OcrBox {
  return { x0: b.x0 * k, y0: b.y0 * k, x1: b.x1 * k, y1: b.y1 * k };
}
