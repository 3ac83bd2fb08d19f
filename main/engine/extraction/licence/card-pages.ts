/**
 * Intake of licence paper: each card on a scanned page or photo becomes a page of its own (the card cut out and
 * flattened, in colour, at the resolution it was captured), so that a page holding several holders' cards can
 * become one dossier per card once they are read (licence-dossiers.ts). The original file is archived
 * untouched by the intake as always. A page on which no card is found is kept whole, with one sentence saying
 * so; its reading then finds no card either and the dossier goes to the officer.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import sharp from 'sharp';
import type { PageError, PageImage } from '../../scan/scan.types';
import { findCards, type CardQuad } from './card-finder';
import { cardFrameXmp } from './card-frame';
import { homography } from './homography';
import { say } from '../../domain/messages/catalogue';
import { pageError } from '../../intake/limits';

/** Border kept around the card (its share of the card's size), so nothing printed near the edge is cut. */
const MARGIN = 0.06;
/** A cut-out card is never wider than this (a phone's 12-MP photo of a card needs no more to be read). */
const MAX_WIDTH = 2400;

/** The pages of a file with each card on them as a page of its own; a page without a card is kept whole, with a sentence. */
export async function* licenceCardPages(pages: AsyncIterable<PageImage | PageError>): AsyncGenerator<PageImage | PageError> {
  for await (const page of pages) {
    if ('message' in page) {
      yield page;
      continue;
    }
    const cards = await findCards(page.data).catch(() => []);
    if (cards.length === 0) {
      yield pageError(page.file, page.indexInFile, say('intake.no_licence_card', { file: basename(page.file), page: page.indexInFile + 1 }));
      yield page;
      continue;
    }
    // The page is decoded once for all its cards.
    const rgb = await sharp(page.data).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    for (const card of cards) yield await cutOut(page, card, rgb);
  }
}

async function cutOut(page: PageImage, card: CardQuad, decoded: { data: Buffer; info: sharp.OutputInfo }): Promise<PageImage> {
  const { data: rgb, info } = decoded;
  const k = Math.min(1, MAX_WIDTH / (card.width * (1 + 2 * MARGIN)));
  const W = Math.max(1, Math.round(card.width * (1 + 2 * MARGIN) * k));
  const H = Math.max(1, Math.round(card.height * (1 + 2 * MARGIN) * k));
  const unit = [{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 1, y: 1 }, { x: 0, y: 1 }];
  const h = homography(unit, card.corners);
  const ch = info.channels;
  const out = Buffer.alloc(W * H * 3, 255);
  const [h0, h1, h2, h3, h4, h5, h6, h7, h8] = h as [number, number, number, number, number, number, number, number, number];
  // applyH written out per pixel (this loop runs over millions of pixels).
  for (let y = 0; y < H; y++) {
    const v = -MARGIN + ((y + 0.5) / H) * (1 + 2 * MARGIN);
    for (let x = 0; x < W; x++) {
      const u = -MARGIN + ((x + 0.5) / W) * (1 + 2 * MARGIN);
      const w = h6 * u + h7 * v + h8;
      const sx = Math.round((h0 * u + h1 * v + h2) / w - 0.5);
      const sy = Math.round((h3 * u + h4 * v + h5) / w - 0.5);
      if (sx < 0 || sy < 0 || sx >= info.width || sy >= info.height) continue;
      const i = (sy * info.width + sx) * ch;
      const o = (y * W + x) * 3;
      out[o] = rgb[i]!;
      out[o + 1] = rgb[i + (ch >= 3 ? 1 : 0)]!;
      out[o + 2] = rgb[i + (ch >= 3 ? 2 : 0)]!;
    }
  }
  // A fast deflate: the card's page is written once and read a few times; level 2 is ~7% larger, twice as fast.
  // Its XMP says where the card lies, so reading it does not find the card again (card-frame.ts).
  const data = await sharp(out, { raw: { width: W, height: H, channels: 3 } }).withXmp(cardFrameXmp(MARGIN)).png({ compressionLevel: 2 }).toBuffer();
  return {
    file: page.file,
    indexInFile: page.indexInFile,
    data,
    format: 'png',
    width: W,
    height: H,
    sha256: createHash('sha256').update(data).digest('hex'),
  };
}
