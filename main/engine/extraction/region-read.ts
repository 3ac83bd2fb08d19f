/**
 * Single-line re-reads of a value's region at full resolution with the field's character set, and the
 * per-character confidences that go with a reading. A whitelisted tesseract pass reports no useful word
 * confidences, so a character's confidence comes from the unrestricted layout pass when both passes read the
 * same character there; a character only the restricted pass saw gets a low confidence.
 */
import sharp from 'sharp';
import type { GreyImage } from '../ocr/deskew';
import type { OcrBox, OcrWord } from '../ocr/ocr-lines';
import { linesFromBlocks } from '../ocr/ocr-lines';
import type { OcrPool } from '../ocr/ocr-worker-pool';
import { toPgm } from '../ocr/preprocess';
import type { ScanField } from '../domain/field-reading';
import { WHITELIST, cleanSerialRead, isSerialField, type SerialField } from './field-values';
import { cleanValue } from './labels';
import { dehatchRubbing } from './rubbing-clean';

export interface CharConf { c: string; confidence: number }

/** Confidence given to a character the restricted pass read but the layout pass did not confirm. */
const UNCONFIRMED = 0.35;

/** The value box with a little margin, clipped to the page; null when too small to read. */
function paddedCrop(grey: GreyImage, box: OcrBox, dpi: number, maxPadY = Infinity): { left: number; top: number; width: number; height: number } | null {
  const padY = Math.min(maxPadY, (box.y1 - box.y0) * 0.25);
  const padX = 12 * (dpi / 300);
  const left = Math.max(0, Math.round(box.x0 - padX));
  const top = Math.max(0, Math.round(box.y0 - padY));
  const width = Math.min(grey.width - left, Math.round(box.x1 - box.x0 + 2 * padX));
  const height = Math.min(grey.height - top, Math.round(box.y1 - box.y0 + 2 * padY));
  return width < 20 || height < 10 ? null : { left, top, width, height };
}

/** The mean confidence of characters (`none` when there are none): how sure a read is as a whole. */
export function meanConfidence(cs: readonly { confidence: number }[], none = 0): number {
  return cs.length ? cs.reduce((sum, c) => sum + c.confidence, 0) / cs.length : none;
}

/**
 * How a region is shown to tesseract: as scanned, negated, enlarged 1.5× (a second opinion on handwriting,
 * whose misreads depend on scale), or (rubbings) with the graphite hatching filtered out and binarised, the
 * characters taken as darker than their ground.
 */
export type RegionView = 'plain' | 'negated' | 'upscaled' | 'dehatched';

const UPSCALE = 1.5;

/** Reads `box` (levelled page pixels) as one line; returns the cleaned text with the symbols' confidences. */
export async function readRegion(pool: OcrPool, grey: GreyImage, box: OcrBox, field: ScanField, dpi: number, view: RegionView = 'plain'): Promise<CharConf[]> {
  // A rubbing's box is its graphite strip: a pad past ~1/8 in only adds paper, whose edge against the graphite
  // the dehatching would keep as a stroke (measured: 40 px at 300 dpi reads best).
  const rect = paddedCrop(grey, box, dpi, view === 'dehatched' ? 40 * (dpi / 300) : Infinity);
  if (!rect) return [];
  const { left, top, width, height } = rect;
  let img = sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } }).extract({ left, top, width, height });
  if (view === 'negated') img = sharp(await img.negate().extractChannel(0).raw().toBuffer(), { raw: { width, height, channels: 1 } });
  if (view === 'upscaled') {
    const big = await img.resize({ width: Math.round(width * UPSCALE), kernel: 'cubic' }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    img = sharp(big.data, { raw: { width: big.info.width, height: big.info.height, channels: 1 } });
  }
  const { data, info } = view === 'dehatched'
    ? await dehatched(await img.extractChannel(0).raw().toBuffer(), width, height, dpi)
    : await img.normalise({ lower: 1, upper: 99 }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const page = await pool.recognize({
    image: toPgm(data, info.width, info.height),
    blocks: true,
    params: {
      tessedit_pageseg_mode: '7',
      user_defined_dpi: String(Math.round(view === 'upscaled' ? dpi * UPSCALE : dpi)),
      ...(isSerialField(field) ? { tessedit_char_whitelist: WHITELIST[field] } : {}),
    },
  });
  const words = linesFromBlocks(page).flatMap((l) => l.words);
  if (!isSerialField(field)) {
    // Names and addresses keep their spaces and diacritics; leader remnants are cut as on the layout pass.
    const chars = wordChars(words);
    return alignConfidences(cleanValue(chars.map((c) => c.c).join('')), chars);
  }
  const symbols = words.flatMap((w) => w.symbols ?? []);
  const raw = symbols.map((s) => s.text).join('');
  const cleaned = cleanSerialRead(field, raw);
  return alignConfidences(cleaned, symbols.map((s) => ({ c: s.text, confidence: s.confidence / 100 })));
}

async function dehatched(crop: Buffer, width: number, height: number, dpi: number): Promise<{ data: Buffer; info: { width: number; height: number } }> {
  const out = await dehatchRubbing({ data: crop, width, height }, dpi);
  return { data: out.data, info: { width: out.width, height: out.height } };
}

/** Characters of layout-pass words with their confidences (0–1); a space between words gets the lower one. */
export function wordChars(words: OcrWord[]): CharConf[] {
  const out: CharConf[] = [];
  words.forEach((w, i) => {
    if (i > 0) out.push({ c: ' ', confidence: Math.min(w.confidence, words[i - 1].confidence) / 100 });
    const symbols = w.symbols && w.symbols.map((s) => s.text).join('') === w.text ? w.symbols : null;
    if (symbols) for (const s of symbols) out.push({ c: s.text, confidence: s.confidence / 100 });
    else for (const c of w.text) out.push({ c, confidence: w.confidence / 100 });
  });
  return out;
}

const same = (a: string, b: string): boolean => a.toUpperCase().replace(/[ĐÐ]/g, 'D') === b.toUpperCase().replace(/[ĐÐ]/g, 'D');

/**
 * Confidences for each character of `text` taken from `source` characters by a greedy forward walk; characters
 * the source does not have (separators a normaliser inserted) get the mean of their neighbours' confidences.
 */
export function alignConfidences(text: string, source: CharConf[]): CharConf[] {
  const out: CharConf[] = [];
  let j = 0;
  for (const c of text) {
    let k = j;
    while (k < source.length && !same(source[k].c, c)) k++;
    if (k < source.length && k - j <= 3) {
      out.push({ c, confidence: source[k].confidence });
      j = k + 1;
    } else {
      out.push({ c, confidence: -1 });
    }
  }
  const mean = meanConfidence(out.filter((x) => x.confidence >= 0), UNCONFIRMED);
  // A separator a normaliser inserted takes its neighbours' confidence; a letter or digit no read produced
  // (a VIN's I turned into 1) is a guess and says so.
  for (const x of out) if (x.confidence < 0) x.confidence = /[A-Z0-9]/.test(x.c) ? Math.min(mean, UNCONFIRMED) : mean;
  return out;
}

/**
 * Confidences of a restricted read confirmed by the layout pass: a character both passes agree on keeps the
 * higher confidence; one the layout pass read differently (or not at all) drops to UNCONFIRMED.
 */
export function confirmByLayout(read: CharConf[], layout: CharConf[], field: SerialField): CharConf[] {
  const SEP = /[\s.\-/]/;
  // The unrestricted pass may read a VIN's 0 as O: what the field's alphabet turns into 0 confirms a 0.
  const canon = (c: string): string => (field === 'chassis' ? c.toUpperCase().replace(/[OQ]/, '0').replace('I', '1') : c.toUpperCase());
  const a = read.filter((x) => !SEP.test(x.c)).map((x) => canon(x.c));
  const layoutKept = layout.filter((x) => !SEP.test(x.c));
  const b = layoutKept.map((x) => canon(x.c));
  // Longest common subsequence between the two reads: matched characters are confirmed.
  const dp: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) dp[i][j] = same(a[i], b[j]) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  }
  const confirmed = new Map<number, number>();
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (same(a[i], b[j])) { confirmed.set(i, layoutKept[j].confidence); i++; j++; }
    else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  let idx = 0;
  const out = read.map((x) => {
    // Separators carry no identity of their own: they take the mean of the characters around them below.
    if (SEP.test(x.c)) return { c: x.c, confidence: -1 };
    const conf = confirmed.get(idx++);
    const own = x.confidence > 0 ? Math.min(x.confidence, UNCONFIRMED) : UNCONFIRMED;
    return { c: x.c, confidence: conf === undefined ? own : Math.max(conf, x.confidence) };
  });
  const mean = meanConfidence(out.filter((x) => x.confidence >= 0), UNCONFIRMED);
  return out.map((x) => (x.confidence >= 0 ? x : { c: x.c, confidence: mean }));
}

/** A citizen ID has 9 or 12 digits. */
const validIdLength = (n: number): boolean => n === 9 || n === 12;

/**
 * The grey level below which a pixel is dark ink: a seal prints lighter than black type on a greyscale scan, so
 * the cutoff sits well below the midpoint between the darkest ink (2nd percentile) and the paper (median).
 */
export function darkInkCutoff(data: Uint8Array): number {
  const hist = new Array<number>(256).fill(0);
  for (const v of data) hist[v]++;
  const at = (share: number): number => {
    let n = 0;
    for (let v = 0; v < 256; v++) if ((n += hist[v]) >= share * data.length) return v;
    return 255;
  };
  const ink = at(0.02);
  const paper = at(0.5);
  return Math.round(ink + 0.4 * (paper - ink));
}

/** Rows [y0, y1) of a binarised crop (0 = ink) that hold ink, as runs at least `minHeight` tall. */
export function inkBands(data: Uint8Array, width: number, height: number, minHeight: number): [number, number][] {
  const bands: [number, number][] = [];
  let start = -1;
  for (let y = 0; y <= height; y++) {
    let n = 0;
    if (y < height) for (let x = 0; x < width; x++) if (data[y * width + x] === 0) n++;
    const inked = y < height && n >= Math.max(2, width * 0.005);
    if (inked && start < 0) start = y;
    if (!inked && start >= 0) {
      if (y - start >= minHeight) bands.push([start, y]);
      start = -1;
    }
  }
  return bands;
}

/**
 * A citizen ID re-read for when the first re-read gave no 9- or 12-digit number, typically digits under a
 * seal on a greyscale scan (a seal over the row also merges lines in the layout pass, so the region can be
 * too tall). The crop is cut to dark ink only, each row of ink in it is read as one digit line (and the whole
 * crop too), and the 9- or 12-digit words found vote; [] when none is found.
 */
export async function readIdDarkInk(pool: OcrPool, grey: GreyImage, box: OcrBox, dpi: number, prior: CharConf[] = []): Promise<CharConf[]> {
  const rect = paddedCrop(grey, box, dpi);
  if (!rect) return [];
  const { left, top, width, height } = rect;
  const crop = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) crop.set(grey.data.subarray((top + y) * grey.width + left, (top + y) * grey.width + left + width), y * width);
  const cut = darkInkCutoff(crop);
  const bin = Uint8Array.from(crop, (v) => (v < cut ? 0 : 255));
  const minHeight = Math.round(8 * (dpi / 300));
  const strips: [number, number][] = [[0, height], ...inkBands(bin, width, height, minHeight)];
  // The row nearest the middle of the crop is the labelled one; rows above and below are neighbours' values.
  const votes = new Map<string, { n: number; conf: number; off: number; chars: CharConf[] }>();
  const vote = (chars: CharConf[], off = 0): void => {
    const key = chars.map((c) => c.c).join('');
    const v = votes.get(key) ?? { n: 0, conf: 0, off, chars };
    v.off = Math.min(v.off, off);
    v.n++;
    v.conf += chars.reduce((s, c) => s + c.confidence, 0) / chars.length;
    votes.set(key, v);
  };
  const priorDigits = prior.filter((c) => /\d/.test(c.c));
  if (validIdLength(priorDigits.length)) vote(priorDigits);
  for (const [y0, y1] of strips) {
    const pad = Math.round((y1 - y0) * 0.3);
    const a = Math.max(0, y0 - pad);
    const b = Math.min(height, y1 + pad);
    if (b - a < 10) continue;
    const page = await pool.recognize({
      image: toPgm(Buffer.from(bin.subarray(a * width, b * width)), width, b - a),
      blocks: true,
      params: { tessedit_pageseg_mode: '7', user_defined_dpi: String(dpi), tessedit_char_whitelist: WHITELIST.owner_id },
    });
    for (const w of linesFromBlocks(page).flatMap((l) => l.words)) {
      let digits: CharConf[] = (w.symbols ?? []).filter((s) => /\d/.test(s.text)).map((s) => ({ c: s.text, confidence: s.confidence / 100 }));
      // A label's bracket glued to a 12-digit number reads as a 13th digit at an edge: the less sure edge goes
      // (not 10 → 9: ten digits is a phone number).
      if (digits.length === 13) digits = digits[0].confidence <= digits[digits.length - 1].confidence ? digits.slice(1) : digits.slice(0, -1);
      if (validIdLength(digits.length)) vote(digits, Math.abs((y0 + y1) / 2 - height / 2) / height);
    }
  }
  // A digits-only read turns the label's printed words into digits too when the value region starts inside
  // the label (its colon was lost under the seal): an unrestricted read keeps those as letters, and the
  // runs of all-digit words that follow spell the number.
  for (const psm of ['6', '11']) {
    const page = await pool.recognize({ image: toPgm(Buffer.from(bin), width, height), blocks: true, params: { tessedit_pageseg_mode: psm, user_defined_dpi: String(dpi) } });
    for (const line of linesFromBlocks(page)) for (const run of digitRuns(line.words)) vote(run, 0.5);
  }
  const best = [...votes.values()].sort((x, y) => y.n - x.n || x.off - y.off || y.conf - x.conf)[0];
  return best ? best.chars : [];
}

/**
 * Runs of consecutive all-digit words (edge punctuation ignored) whose digits make a citizen ID's 9 or 12;
 * a handwritten number often reads as two or three words.
 */
export function digitRuns(words: OcrWord[]): CharConf[][] {
  const out: CharConf[][] = [];
  let run: CharConf[] = [];
  const flush = (): void => {
    if (validIdLength(run.length)) out.push(run);
    run = [];
  };
  for (const w of words) {
    const core = w.text.replace(/^[^\d]*[:;]|[^\d]+$/g, '').replace(/^[^\d]+/, '');
    if (!/^\d[\d.]*$/.test(core)) { flush(); continue; }
    const symbols = w.symbols && w.symbols.length === w.text.length ? w.symbols : null;
    const digits = symbols
      ? symbols.filter((s) => /\d/.test(s.text)).map((s) => ({ c: s.text, confidence: s.confidence / 100 }))
      : [...core].filter((c) => /\d/.test(c)).map((c) => ({ c, confidence: w.confidence / 100 }));
    run.push(...digits);
  }
  flush();
  return out;
}
