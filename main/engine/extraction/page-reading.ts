/**
 * Page reading, the pipeline's second stage: one scanned page → its words, boxes and confidences, the right
 * way up. The page is decoded once (a blank page costs no OCR), turned upright by its own text, levelled, its
 * leaders erased, and read ONCE with automatic page segmentation at ~300 dpi (small type enlarged first,
 * small-type.ts). Fields are found on that reading afterwards, whatever the layout (find-fields.ts).
 */
import sharp from 'sharp';
import { estimateSkewGrey, type GreyImage } from '../ocr/deskew';
import { inkComponents, inkCut } from '../ocr/ink-components';
import { removeLeaderDots } from '../ocr/leaders';
import type { OcrBox, OcrLine } from '../ocr/ocr-lines';
import type { OcrPool } from '../ocr/ocr-worker-pool';
import { greyPixels } from '../ocr/preprocess';
import { findFields, type PageFields } from './find-fields';
import { graphiteStrips } from './graphite-strips';
import { decodeGrey, isBlankPage, rotateGrey, scaleBox, type PageTransform } from './page-geometry';
import { isUpright, nextTurns, turnScore, type Turn } from './page-orientation';
import { readLines } from './ocr-pass';
import { GOOD_SCAN_DPI } from './scan-resolution';
import { readEnlarged, typeOnPage } from './small-type';

/** The resolution the page is read at: tesseract's LSTM reads 9–12 pt type best with ~300 dpi. */
const READ_DPI = 300;

/** The page as read: levelled grey pixels at reading resolution, the OCR lines and the fields found. */
export interface ReadPage {
  grey: GreyImage;
  transform: PageTransform;
  lines: OcrLine[];
  /** Levelled-page pixels (scan resolution) per reading pixel. */
  up: number;
  dpi: number;
  fields: PageFields;
  /** The pencil rubbings' graphite strips (levelled pixels). */
  strips: OcrBox[];
  /** The pixels OCR read (levelled, leaders and rubbings erased, at reading resolution). */
  image: GreyImage;
  readDpi: number;
  /** The page's lines were read with its text enlarged (small type, small-type.ts). */
  enlarged: boolean;
}

/** A page read the right way up, or a blank one. */
export type PageReading = { blank: true } | { blank: false; page: ReadPage; rotation: Turn; skew: number };

/** Reads one scanned page; a blank page is not read at all. */
export async function readPage(image: Buffer, pool: OcrPool, options: { dpi?: number } = {}): Promise<PageReading> {
  const meta = await sharp(image).metadata();
  // Scanners write their resolution into the file; a missing or screen-like 72 dpi means "unknown": assume 300.
  const dpi = options.dpi ?? (meta.density && meta.density >= 100 ? meta.density : 300);
  const grey = await decodeGrey(image);
  if (await isBlankPage(grey, dpi)) return { blank: true };

  const first = await estimateSkewGrey(grey, { sourceDpi: dpi });
  let quarter: 0 | 90 = 0;
  let skew = first.correctionDeg;
  if (first.sideways) {
    // The column profile finds that text runs vertically; the skew is measured again once the page lies flat.
    quarter = 90;
    skew = (await estimateSkewGrey(await rotateGrey(grey, 90), { sourceDpi: dpi })).correctionDeg;
  }
  // Projections cannot tell upright from upside down: the text itself does. Read the page and, only while it
  // makes no sense, try the other turns, most likely first. Upright pages pay for one pass.
  let page: ReadPage | null = null;
  let rotation: Turn = quarter;
  let turns = [quarter, quarter + 180, quarter + 90, quarter + 270].map((t) => (t % 360) as Turn);
  while (turns.length > 0) {
    const turn = turns.shift()!;
    const attempt = await levelAndRead(grey, turn + skew, dpi, pool);
    if (!page || turnScore(attempt) > turnScore(page)) {
      page = attempt;
      rotation = turn;
    }
    if (isUpright(attempt)) break;
    turns = nextTurns(turn, attempt, turns);
  }
  if (!page) throw new Error('unreachable: at least one orientation is read');
  return { blank: false, page, rotation, skew };
}

async function levelAndRead(grey: GreyImage, angleDeg: number, dpi: number, pool: OcrPool): Promise<ReadPage> {
  const levelled = await rotateGrey(grey, angleDeg);
  // Leaders are erased on the full-resolution page: automatic segmentation drops a whole row of the form as a
  // picture when a dotted leader runs through it, and garbles a value typed over one.
  const copy = levelled === grey ? { ...grey, data: Buffer.from(grey.data) } : levelled;
  const parts = inkComponents(copy.data, copy.width, copy.height, inkCut(copy.data));
  removeLeaderDots(copy.data, copy.width, copy.height, { dpi, parts });
  // A page scanned coarser than GOOD_SCAN_DPI (a fax, a 150-dpi copy) is enlarged to READ_DPI; a finer one reduced.
  const k = dpi > READ_DPI || dpi < GOOD_SCAN_DPI ? READ_DPI / dpi : 1;
  let img = sharp(copy.data, { raw: { width: copy.width, height: copy.height, channels: 1 } });
  if (k !== 1) img = img.resize({ width: Math.round(copy.width * k), kernel: k < 1 ? 'lanczos3' : 'cubic' });
  const scaled = k === 1 ? copy : await greyPixels(img);
  // Rubbings are read on their own (rubbing-read.ts): whitened for the page pass, which otherwise spends a
  // third of a form's time reading graphite hatching into junk lines.
  const strips = await graphiteStrips(copy, dpi);
  const small = strips.length === 0 ? scaled : whitened(scaled, strips.map((b) => scaleBox(b, k)));
  const readDpi = Math.round(dpi * k);
  // Small type (a card copied onto a big sheet) is read once, enlarged, rather than first as it is.
  const inStrip = (p: { cx: number; cy: number }): boolean => strips.some((b) => p.cx >= b.x0 && p.cx <= b.x1 && p.cy >= b.y0 && p.cy <= b.y1);
  const type = typeOnPage(strips.length === 0 ? parts : parts.filter((p) => !inStrip(p)), k);
  const enlarged = type?.region != null;
  const lines = type?.region
    ? await readEnlarged(pool, small, type.region, type.wordHeight, readDpi)
    : await readLines(pool, small, '3', readDpi);
  return {
    grey: copy,
    transform: { angleDeg, src: { width: grey.width, height: grey.height }, dst: { width: copy.width, height: copy.height } },
    lines,
    up: copy.width / small.width,
    dpi,
    fields: findFields(lines),
    strips,
    image: small,
    readDpi,
    enlarged,
  };
}

/** A copy of `img` with the boxes painted white. */
function whitened(img: GreyImage, boxes: OcrBox[]): GreyImage {
  const data = Buffer.from(img.data);
  for (const b of boxes) {
    const x0 = Math.max(0, Math.floor(b.x0));
    const x1 = Math.min(img.width, Math.ceil(b.x1));
    for (let y = Math.max(0, Math.floor(b.y0)); y < Math.min(img.height, Math.ceil(b.y1)); y++) data.fill(255, y * img.width + x0, y * img.width + x1);
  }
  return { data, width: img.width, height: img.height };
}
