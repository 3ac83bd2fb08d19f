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

/**
 * A line of big bold type averages as dark as graphite at 20 dpi, but it is ink and paper: between and inside
 * its strokes the paper shows (measured 38% of a bold ID number's middle), while graphite covers its strip
 * (at most 17% on every rubbing of the dev corpus). Above this share of paper, the dark band is type.
 */
const TYPE_PAPER_SHARE = 0.3;

/** Share of the pixels in the middle of `box` (its outer fifths dropped) that are near the paper's grey. */
function paperShare(grey: GreyImage, box: OcrBox, paper: number): number {
  const dx = 0.15 * (box.x1 - box.x0);
  const dy = 0.2 * (box.y1 - box.y0);
  const x0 = Math.max(0, Math.round(box.x0 + dx));
  const x1 = Math.min(grey.width, Math.round(box.x1 - dx));
  let light = 0;
  let n = 0;
  for (let y = Math.max(0, Math.round(box.y0 + dy)); y < Math.min(grey.height, Math.round(box.y1 - dy)); y++) {
    for (let x = x0; x < x1; x++, n++) if (grey.data[y * grey.width + x]! >= paper - 35) light++;
  }
  return n ? light / n : 0;
}

/** Graphite strips on a levelled page, in its pixels, top to bottom. */
export async function graphiteStrips(grey: GreyImage, dpi: number): Promise<OcrBox[]> {
  const k = CELL_DPI / dpi;
  const w = Math.max(1, Math.round(grey.width * k));
  const h = Math.max(1, Math.round(grey.height * k));
  const cells = await sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .resize({ width: w, height: h, kernel: 'linear', fit: 'fill' }).extractChannel(0).raw().toBuffer();
  const dark = (x: number, y: number): boolean => cells[y * w + x] <= DARK;
  // The paper's own grey: most cells of a page are paper.
  const paper = [...cells].sort((a, b) => a - b)[Math.floor(cells.length * 0.75)] ?? 255;
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
        const box = { x0: x0 / k, y0: y0 / k, x1: (x1 + 1) / k, y1: (y1 + 1) / k };
        if (paperShare(grey, box, paper) <= TYPE_PAPER_SHARE) out.push(box);
      }
    }
  }
  return out.sort((a, b) => a.y0 - b.y0);
}
