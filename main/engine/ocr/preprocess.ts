/**
 * Page images as OCR wants them: one grey channel handed over as binary PGM, so tesseract's WASM leptonica
 * does no JPEG/PNG decoding of its own.
 */
import type sharp from 'sharp';

/** Wraps 8-bit grey pixels in a PGM header. */
export function toPgm(pixels: Buffer, width: number, height: number): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii'), pixels]);
}

/** One-channel raw pixels of any sharp pipeline (sharp turns b-w into sRGB after some operations). */
export async function greyPixels(img: sharp.Sharp): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await img.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
