import { describe, expect, it } from 'vitest';
import { toPgm } from '../../../main/engine/ocr/preprocess';

describe('images for OCR', () => {
  it('wraps grey pixels in a valid binary PGM header', () => {
    const image = toPgm(Buffer.alloc(6, 7), 3, 2);
    expect(image.toString('latin1', 0, 11)).toBe('P5\n3 2\n255\n');
    expect(image.length).toBe(11 + 6);
    expect(image[11]).toBe(7);
  });
});
