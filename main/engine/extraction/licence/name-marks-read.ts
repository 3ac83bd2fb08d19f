/**
 * A holder's name read once more for its marks: capitals carry their circumflex, breve and tone above the cap
 * height and the dot below under the baseline, outside the box the card's pass gave its words, so a re-read of
 * that box with a narrow margin sees "LAM" for LÂM. This read takes the line with room above and below it,
 * enlarged (which mark OCR sees changes with scale), as one line; its letters and marks vote with the other reads (holder-name-read.ts).
 */
import sharp from 'sharp';
import type { GreyImage } from '../../ocr/deskew';
import { linesFromBlocks, type OcrBox } from '../../ocr/ocr-lines';
import type { OcrPool } from '../../ocr/ocr-worker-pool';
import { toPgm } from '../../ocr/preprocess';
import { findHolderName } from './licence-grammar';

/** Room around the words' box, in units of its height: marks above capitals, dots below, a letter's side. */
const ROOM = { above: 0.6, below: 0.45, side: 0.5 };

/** The name read from a taller crop of `box` enlarged `scale` times (card pixels), or null when no name is read there. */
export async function readNameWithRoom(pool: OcrPool, card: GreyImage, box: OcrBox, dpi: number, scale: number): Promise<string | null> {
  const h = box.y1 - box.y0;
  const left = Math.max(0, Math.round(box.x0 - ROOM.side * h));
  const top = Math.max(0, Math.round(box.y0 - ROOM.above * h));
  const width = Math.min(card.width, Math.round(box.x1 + ROOM.side * h)) - left;
  const height = Math.min(card.height, Math.round(box.y1 + ROOM.below * h)) - top;
  if (width < 20 || height < 10) return null;
  const { data, info } = await sharp(card.data, { raw: { width: card.width, height: card.height, channels: 1 } })
    .extract({ left, top, width, height })
    .resize({ width: Math.round(width * scale), kernel: 'lanczos3' })
    .normalise({ lower: 1, upper: 99 })
    .extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const page = await pool.recognize({
    image: toPgm(data, info.width, info.height),
    blocks: true,
    params: { tessedit_pageseg_mode: '7', user_defined_dpi: String(Math.round(dpi * scale)) },
  });
  const text = linesFromBlocks(page).flatMap((l) => l.words).map((w) => w.text).join(' ').normalize('NFC');
  return findHolderName(text)?.value ?? null;
}
