/**
 * A pencil rubbing as tesseract can read it. Graphite rubbed over a stamped serial leaves the characters as a
 * tone (raised: darker, punched: lighter) on a ground of diagonal hatching, with the strip's torn edges and the
 * paper around it in the same crop. Read as is, tesseract takes the hatching for strokes and the strip's edges
 * for a line of text, and fails about half the time. Here: a median filter a little wider than a hatching
 * stroke erases the hatching but keeps the (much wider) character strokes, a heavily blurred copy is the local
 * ground, and what differs from that ground by more than the crop's own Otsu cut is a character. Only the band
 * of rows that holds the characters is kept, so the strip's edges never reach the reader.
 */
import sharp from 'sharp';
import { otsuThreshold } from '../ocr/otsu-threshold';

export interface GreyCrop { data: Buffer; width: number; height: number }

/**
 * Rows [y0, y1) of a binarised image (0 = ink) that hold the text line, padded by `pad` of its height; null
 * without ink: from the first to the last row whose ink share reaches `share` of the inkiest row's (rows
 * inside a line of characters can fall below it, so the band is not split there). Rows inked nearly all
 * across (strip edges, ruled lines) do not count.
 */
export function textBand(bin: Uint8Array, width: number, height: number, share = 0.35, pad = 0.35): [number, number] | null {
  const rows = new Float32Array(height);
  for (let y = 0; y < height; y++) {
    let n = 0;
    for (let x = 0; x < width; x++) if (bin[y * width + x] === 0) n++;
    rows[y] = n / width > 0.8 ? 0 : n / width;
  }
  const ref = rows.reduce((m, v) => Math.max(m, v), 0);
  if (ref === 0) return null;
  let y0 = 0;
  while (rows[y0] < ref * share) y0++;
  let y1 = height;
  while (rows[y1 - 1] < ref * share) y1--;
  const p = Math.round((y1 - y0) * pad);
  return [Math.max(0, y0 - p), Math.min(height, y1 + p)];
}

/**
 * The characters of a rubbing crop as black on white, cut to their band of rows. `dark`: the characters are
 * darker than the ground (raised stamp); else lighter. `dpi` scales the median to the hatching's pitch.
 */
export async function dehatchRubbing(crop: GreyCrop, dpi: number, dark = true): Promise<GreyCrop> {
  // The crop's outer rows are the strip's torn edges and the paper beyond them.
  const insetY = Math.round(crop.height * 0.12);
  const insetX = Math.round(6 * (dpi / 300));
  const width = crop.width - 2 * insetX;
  const height = crop.height - 2 * insetY;
  if (width < 20 || height < 10) return crop;
  const inner = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) crop.data.copy(inner, y * width, (y + insetY) * crop.width + insetX, (y + insetY) * crop.width + insetX + width);
  // 7 px at 300 dpi: wider than a hatching line, narrower than a stamped stroke (measured on the corpus'
  // rubbings: 5 leaves hatching, 9 starts eating strokes). An odd size keeps the filter centred.
  const size = Math.max(3, 2 * Math.round((7 * (dpi / 300) - 1) / 2) + 1);
  const raw = (data: Buffer): sharp.Sharp => sharp(data, { raw: { width, height, channels: 1 } });
  const smooth = await raw(inner).median(size).extractChannel(0).raw().toBuffer();
  // The ground's blur stays well under the crop's height: shading and hatching density vary along the strip,
  // and a wider blur lets that variation through the cut as blobs.
  const ground = await raw(smooth).blur(Math.max(8, height / 6)).extractChannel(0).raw().toBuffer();
  const diff = new Uint8Array(width * height);
  for (let i = 0; i < diff.length; i++) {
    const d = dark ? ground[i] - smooth[i] : smooth[i] - ground[i];
    diff[i] = Math.max(0, Math.min(255, 128 + d));
  }
  const cut = otsuThreshold(diff);
  const bin = Buffer.alloc(width * height);
  for (let i = 0; i < diff.length; i++) bin[i] = diff[i] > cut ? 0 : 255;
  const band = textBand(bin, width, height);
  if (!band) return { data: bin, width, height };
  const [y0, y1] = band;
  return { data: Buffer.from(bin.subarray(y0 * width, y1 * width)), width, height: y1 - y0 };
}
