/** The separator sheet the app prints between dossiers of a stack, and its detection on a scan (no OCR). */
import sharp from 'sharp';
import { SHARP_INPUT } from './limits';
import { otsuThreshold } from '../ocr/otsu-threshold';
import { PATCH_T_TEXT, qrSvg, readSeparatorBarcode, type GreyPage } from './separator-barcode';
import { SEPARATOR_ELEMENTS, SEPARATOR_TEXT, SEPARATOR_UNITS, runsContainCode } from './separator-code';
import type { SeparatorStyle } from '../domain/scan.calls';

export type { SeparatorStyle };

/** A4 at 150 dpi. */
const PAGE_W = 1240;
const PAGE_H = 1754;
const UNIT = 7;
const BAND_H = 250;

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}

function barsSvg(top: number): string {
  let x = Math.round((PAGE_W - SEPARATOR_UNITS * UNIT) / 2);
  const rects: string[] = [];
  SEPARATOR_ELEMENTS.forEach((units, k) => {
    if (k % 2 === 0) rects.push(`<rect x="${x}" y="${top}" width="${units * UNIT}" height="${BAND_H}" fill="#000"/>`);
    x += units * UNIT;
  });
  return rects.join('');
}

/**
 * An A4 PNG (150 dpi) to print and put between dossiers: thick corner squares, the code twice (a stain or
 * fold on one still leaves the other), the human title and the given label.
 */
export async function renderSeparatorSheet(label: string, style: SeparatorStyle = 'bars'): Promise<Buffer> {
  const code = async (top: number): Promise<string> => (style === 'qr' ? qrSvg(PATCH_T_TEXT, (PAGE_W - BAND_H * 1.2) / 2, top - 40, BAND_H * 1.2) : barsSvg(top));
  const sq = 110, inset = 70;
  const corners = [[inset, inset], [PAGE_W - inset - sq, inset], [inset, PAGE_H - inset - sq], [PAGE_W - inset - sq, PAGE_H - inset - sq]]
    .map(([x, y]) => `<rect x="${x}" y="${y}" width="${sq}" height="${sq}" fill="#000"/>`).join('');
  const font = `font-family="DejaVu Sans, Arial, sans-serif" text-anchor="middle" fill="#000"`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE_W}" height="${PAGE_H}">
<rect width="100%" height="100%" fill="#fff"/>${corners}
<text x="${PAGE_W / 2}" y="300" ${font} font-size="56" font-weight="bold">TỜ PHÂN CÁCH HỒ SƠ</text>
<text x="${PAGE_W / 2}" y="370" ${font} font-size="40">DOSSIER SEPARATOR</text>
${await code(440)}
<text x="${PAGE_W / 2}" y="780" ${font} font-size="30">${escapeXml(style === 'qr' ? PATCH_T_TEXT : SEPARATOR_TEXT)}</text>
<text x="${PAGE_W / 2}" y="900" ${font} font-size="44" font-weight="bold">${escapeXml(label)}</text>
${await code(1000)}
<text x="${PAGE_W / 2}" y="1400" ${font} font-size="28">Đặt tờ này trước mỗi hồ sơ khi quét cả chồng.</text>
<text x="${PAGE_W / 2}" y="1445" ${font} font-size="28">Place this sheet before each dossier when scanning a stack.</text>
</svg>`;
  return sharp(Buffer.from(svg)).greyscale().png({ compressionLevel: 9, palette: false }).toBuffer();
}

/** Run lengths of one thresholded line, and whether the first run is ink. */
function lineRuns(line: Float32Array, threshold: number): { runs: number[]; firstDark: boolean } {
  const runs: number[] = [];
  const firstDark = line[0] < threshold;
  let dark = firstDark, length = 0;
  for (const v of line) {
    const d = v < threshold;
    if (d === dark) length++;
    else { runs.push(length); dark = d; length = 1; }
  }
  runs.push(length);
  return { runs, firstDark };
}

/**
 * True when the image is a separator sheet: ours (read first, without a bar code library), or a page whose bar
 * code or QR code reads PATCHT (NAPS2's patch-T sheet, paperless-ngx's separator) or SOHOA-SEP.
 */
export async function isSeparatorSheet(image: Buffer): Promise<boolean> {
  const page = await greyPage(image);
  if (hasOwnCode(page)) return true;
  return (await readSeparatorBarcode(page).catch(() => null)) !== null;
}

/** The page upright-ish (portrait), grey, PAGE_W wide: decoded once for both readers. */
async function greyPage(image: Buffer): Promise<GreyPage> {
  const meta = await sharp(image, SHARP_INPUT).metadata();
  const landscape = (meta.width ?? 0) > (meta.height ?? 0);
  const { data, info } = await sharp(image, SHARP_INPUT)
    .rotate(landscape ? 90 : 0)
    .greyscale()
    .resize({ width: PAGE_W })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * Our own sheet: upright or upside down, skewed a few degrees, noisy, JPEG-compressed, at any common
 * resolution. Reads the bar code along horizontal lines (each averaged over a few rows against speckle) and
 * needs it on at least two lines.
 */
function hasOwnCode({ data, width: w, height: h }: GreyPage): boolean {
  // A blank (uniform) page has one run per line whatever the cut, so Otsu's fallback for it does not matter.
  const threshold = otsuThreshold(data);
  const band = 6;
  const line = new Float32Array(w);
  let found = 0;
  for (let y = 0; y + band <= h; y += 3) {
    line.fill(0);
    for (let r = 0; r < band; r++) {
      const row = (y + r) * w;
      for (let x = 0; x < w; x++) line[x] += data[row + x] / band;
    }
    const { runs, firstDark } = lineRuns(line, threshold);
    if (runs.length >= SEPARATOR_ELEMENTS.length && runsContainCode(runs, firstDark)) {
      if (++found >= 2) return true;
    }
  }
  return false;
}
