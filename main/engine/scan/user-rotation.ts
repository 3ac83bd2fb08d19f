import sharp from 'sharp';
import type { Box, PageAnalysis } from '../domain/field-reading';

/** Quarter turns (any sign) added to a rotation in clockwise degrees, as 0/90/180/270. */
export function addQuarterTurns(degrees: number, quarterTurns: number): 0 | 90 | 180 | 270 {
  return ((((degrees + quarterTurns * 90) % 360) + 360) % 360) as 0 | 90 | 180 | 270;
}

/**
 * Analyses a page after turning it the way the clerk asked, then states the result in the scan's own terms:
 * boxes in the pixels of the page as scanned and a rotation that makes the page as scanned upright, so the
 * review screen and the exported text layer need not know the clerk turned anything.
 */
export async function analyzeTurned(
  image: Buffer,
  userRotation: number,
  analyze: (image: Buffer) => Promise<PageAnalysis>,
): Promise<PageAnalysis> {
  const turn = addQuarterTurns(userRotation, 0);
  if (turn === 0) return analyze(image);
  const meta = await sharp(image, { limitInputPixels: 64_000_000 }).metadata();
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  // Lossless, and with the scanner's resolution kept: the analysis reads the dpi from the file.
  const turned = await sharp(image, { limitInputPixels: 64_000_000 })
    .rotate(turn)
    .withMetadata(meta.density ? { density: meta.density } : {})
    .png({ compressionLevel: 1 })
    .toBuffer();
  const found = await analyze(turned);
  const back = (box: Box): Box => unturnBox(box, turn, width, height);
  return {
    ...found,
    rotation: addQuarterTurns(turn, found.rotation / 90),
    words: found.words.map((w) => ({ ...w, box: back(w.box) })),
    readings: found.readings.map((r) => ({ ...r, box: r.box ? back(r.box) : null })),
  };
}

/** A box on the page turned clockwise by `turn`, in the pixels of the page before it was turned (W × H). */
export function unturnBox(box: Box, turn: 0 | 90 | 180 | 270, width: number, height: number): Box {
  const { x, y, w, h } = box;
  switch (turn) {
    case 90:
      return { x: y, y: height - x - w, w: h, h: w };
    case 180:
      return { x: width - x - w, y: height - y - h, w, h };
    case 270:
      return { x: width - y - h, y: x, w: h, h: w };
    default:
      return box;
  }
}
