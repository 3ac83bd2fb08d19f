/**
 * One OCR pass over a flattened card (automatic segmentation), the right way up: a card read upside down
 * gives few confident words, so only then is it read again turned half a turn and the better reading kept.
 */
import sharp from 'sharp';
import type { GreyImage } from '../../ocr/deskew';
import type { OcrLine } from '../../ocr/ocr-lines';
import type { OcrPool } from '../../ocr/ocr-worker-pool';
import { readLines } from '../ocr-pass';

/** The resolution the card's pixels are declared at to tesseract (a card read at CARD_READ_WIDTH). */
export const CARD_DPI = 350;
/** A card the right way up gives at least this many confident words of three or more characters. */
const UPRIGHT_WORDS = 6;

export interface CardReading {
  lines: OcrLine[];
  /** 0 or 180: the half-turn the card was read at (boxes are in the turned card's pixels). */
  turn: 0 | 180;
  image: GreyImage;
}

const confident = (lines: OcrLine[]): number => lines.flatMap((l) => l.words).filter((w) => w.confidence >= 75 && w.text.length >= 3).length;

export async function readCard(card: GreyImage, pool: OcrPool): Promise<CardReading> {
  const first = await readLines(pool, card, '3', CARD_DPI);
  if (confident(first) >= UPRIGHT_WORDS) return { lines: first, turn: 0, image: card };
  const { data, info } = await sharp(card.data, { raw: { width: card.width, height: card.height, channels: 1 } })
    .rotate(180).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const turned = { data, width: info.width, height: info.height };
  const second = await readLines(pool, turned, '3', CARD_DPI);
  return confident(second) > confident(first) ? { lines: second, turn: 180, image: turned } : { lines: first, turn: 0, image: card };
}
