/** One OCR pass over a page image (or a part of one), as lines of words with their boxes and confidences. */
import type { GreyImage } from '../ocr/deskew';
import { linesFromBlocks, type OcrLine } from '../ocr/ocr-lines';
import type { OcrPool } from '../ocr/ocr-worker-pool';
import { toPgm } from '../ocr/preprocess';

/**
 * Automatic segmentation ('3') or one uniform block ('6'). No retry of each doubtful line in negative (tesseract's
 * default): light-on-dark text on these papers is the rubbings, read on their own; measured 21% faster with the
 * same fields found.
 */
export async function readLines(pool: OcrPool, img: GreyImage, psm: '3' | '6', dpi: number): Promise<OcrLine[]> {
  const result = await pool.recognize({
    image: toPgm(img.data, img.width, img.height),
    blocks: true,
    params: { tessedit_pageseg_mode: psm, user_defined_dpi: String(dpi), tessedit_do_invert: '0' },
  });
  return linesFromBlocks(result);
}
