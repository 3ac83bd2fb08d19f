/**
 * One shape for OCR output whichever engine produced it: lines of words with pixel boxes and confidences
 * (0–100), and per-character confidences when the engine gives them (tesseract.js `blocks` output).
 */
import type { Page } from 'tesseract.js';

export interface OcrBox { x0: number; y0: number; x1: number; y1: number }

export interface OcrWord {
  text: string;
  confidence: number;
  box: OcrBox;
  /** Per-character readings; absent for TSV sources. */
  symbols?: { text: string; confidence: number; box: OcrBox }[];
}

export interface OcrLine {
  text: string;
  box: OcrBox;
  words: OcrWord[];
}

/** Lines from tesseract's TSV output (native `tesseract … tsv` or tesseract.js `{ tsv: true }`). */
export function linesFromTsv(tsv: string): OcrLine[] {
  const lines = new Map<string, OcrLine>();
  for (const row of tsv.split('\n')) {
    const c = row.split('\t');
    if (c.length < 12 || c[0] !== '5') continue; // level 5 = word
    const text = c[11].trim();
    if (!text) continue;
    const [left, top, width, height, conf] = [c[6], c[7], c[8], c[9], c[10]].map(Number);
    const key = `${c[1]}.${c[2]}.${c[3]}.${c[4]}`; // page.block.par.line
    const box = { x0: left, y0: top, x1: left + width, y1: top + height };
    let line = lines.get(key);
    if (!line) {
      line = { text: '', box: { ...box }, words: [] };
      lines.set(key, line);
    }
    line.words.push({ text, confidence: conf, box });
    line.box = union(line.box, box);
  }
  for (const line of lines.values()) line.text = line.words.map((w) => w.text).join(' ');
  return [...lines.values()];
}

/** Lines from tesseract.js's `{ blocks: true }` output, keeping per-character confidences. */
export function linesFromBlocks(page: Page): OcrLine[] {
  const out: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        const words: OcrWord[] = line.words.map((w) => ({
          text: w.text,
          confidence: w.confidence,
          box: { ...w.bbox },
          symbols: w.symbols.map((s) => ({ text: s.text, confidence: s.confidence, box: { ...s.bbox } })),
        }));
        out.push({ text: words.map((w) => w.text).join(' '), box: { ...line.bbox }, words });
      }
    }
  }
  return out;
}

function union(a: OcrBox, b: OcrBox): OcrBox {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}
