/**
 * Pencil rubbings found by their look, wherever they are pasted: a rubbing is a strip of graphite, a band of
 * paper far darker on average than any printed or written line (text is mostly paper between strokes). At
 * ~20 dpi the page's lines average out to light grey while a strip stays dark, so strips are the wide, flat
 * runs of dark cells there.
 */
import sharp from 'sharp';
import type { GreyImage } from '../ocr/deskew';
import type { OcrBox } from '../ocr/ocr-lines';

const CELL_DPI = 20;
/** Mean grey of a cell at or below which it is graphite (paper ~235, a line of type ~200, graphite ~60–150). */
const DARK = 165;

/** Graphite strips on a levelled page, in its pixels, top to bottom. */
export async function graphiteStrips(grey: GreyImage, dpi: number): Promise<OcrBox[]> {
  const k = CELL_DPI / dpi;
  const w = Math.max(1, Math.round(grey.width * k));
  const h = Math.max(1, Math.round(grey.height * k));
  const cells = await sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .resize({ width: w, height: h, kernel: 'linear', fit: 'fill' }).extractChannel(0).raw().toBuffer();
  const dark = (x: number, y: number): boolean => cells[y * w + x] <= DARK;
  const seen = new Uint8Array(w * h);
  const out: OcrBox[] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (seen[y * w + x] || !dark(x, y)) continue;
      // Flood the dark region (4-connected) and take its bounding box and fill.
      let x0 = x, x1 = x, y0 = y, y1 = y, n = 0;
      const stack = [y * w + x];
      seen[y * w + x] = 1;
      while (stack.length) {
        const i = stack.pop()!;
        const cx = i % w;
        const cy = (i - cx) / w;
        n++;
        x0 = Math.min(x0, cx); x1 = Math.max(x1, cx); y0 = Math.min(y0, cy); y1 = Math.max(y1, cy);
        for (const [nx, ny] of [[cx + 1, cy], [cx - 1, cy], [cx, cy + 1], [cx, cy - 1]]) {
          if (nx < 0 || ny < 0 || nx >= w || ny >= h || seen[ny * w + nx] || !dark(nx, ny)) continue;
          seen[ny * w + nx] = 1;
          stack.push(ny * w + nx);
        }
      }
      const bw = (x1 - x0 + 1) / CELL_DPI;
      const bh = (y1 - y0 + 1) / CELL_DPI;
      // A strip: at least 1.2 in long, 0.1–0.8 in tall, mostly filled (not a frame or a seal's ring).
      if (bw >= 1.2 && bh >= 0.1 && bh <= 0.8 && bw / bh >= 3 && n >= 0.6 * (x1 - x0 + 1) * (y1 - y0 + 1)) {
        out.push({ x0: x0 / k, y0: y0 / k, x1: (x1 + 1) / k, y1: (y1 + 1) / k });
      }
    }
  }
  return out.sort((a, b) => a.y0 - b.y0);
}
