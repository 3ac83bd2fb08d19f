/** Blank-page detection: a sheet with next to no ink is marked blank (never silently dropped). */
import sharp from 'sharp';
import { SHARP_INPUT } from './limits';

/** Grey pixels at about 100 dpi for an A4 sheet: enough to see a line of text, small enough to be quick. */
const WORK_WIDTH = 850;
/** A pixel is ink when it is this much darker than its neighbourhood (paper tone and shading do not count). */
const CONTRAST = 40;
/** Share of the sheet that must be ink for a page to be written on (a single short line is ~0.2%). */
const MIN_INK_SHARE = 0.0006;

/** Box mean over a (2r+1)² window via an integral image. */
function localMean(grey: Uint8Array, w: number, h: number, r: number): Float32Array {
  const integral = new Float64Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += grey[y * w + x];
      integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1] + row;
    }
  }
  const mean = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const y0 = Math.max(0, y - r), y1 = Math.min(h, y + r + 1);
    for (let x = 0; x < w; x++) {
      const x0 = Math.max(0, x - r), x1 = Math.min(w, x + r + 1);
      const sum = integral[y1 * (w + 1) + x1] - integral[y0 * (w + 1) + x1] - integral[y1 * (w + 1) + x0] + integral[y0 * (w + 1) + x0];
      mean[y * w + x] = sum / ((y1 - y0) * (x1 - x0));
    }
  }
  return mean;
}

/** The share of a page's inner area (edges trimmed) that is ink after a local threshold. */
export async function inkShare(image: Buffer): Promise<number> {
  const { data, info } = await sharp(image, SHARP_INPUT)
    .greyscale()
    .resize({ width: WORK_WIDTH, height: WORK_WIDTH * 1.5, fit: 'inside', withoutEnlargement: false })
    .median(3) // scanner speckle is one pixel wide at this size; text strokes survive
    .raw()
    .toBuffer({ resolveWithObject: true });
  const w = info.width, h = info.height;
  const mean = localMean(data, w, h, 12);
  // The outer 5% holds the scanner lid's shadow, the sheet edge and punch holes, not writing.
  const mx = Math.round(w * 0.05), my = Math.round(h * 0.05);
  let ink = 0, area = 0;
  for (let y = my; y < h - my; y++) {
    for (let x = mx; x < w - mx; x++) {
      area++;
      if (data[y * w + x] < mean[y * w + x] - CONTRAST) ink++;
    }
  }
  return area ? ink / area : 0;
}

/** True for a near-empty page: robust to scanner noise, a faint border and greyish paper. */
export async function isBlankPage(image: Buffer): Promise<boolean> {
  return (await inkShare(image)) < MIN_INK_SHARE;
}
