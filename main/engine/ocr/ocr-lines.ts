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
  /** Per-character readings, when the engine gives them. */
  symbols?: { text: string; confidence: number; box: OcrBox }[];
}

export interface OcrLine {
  text: string;
  box: OcrBox;
  words: OcrWord[];
}

/** Lines of words from tesseract.js `blocks` output. */
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
