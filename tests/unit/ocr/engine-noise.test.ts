import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { muteEngineNoise, withoutEngineNoise } from '../../../main/engine/ocr/engine-noise';

/** A stream standing in for process.stderr, collecting what reaches it. */
function fakeStderr(): { stream: NodeJS.WriteStream; seen: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream;
  let seen = '';
  const write = stream.write.bind(stream);
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    seen += String(chunk);
    return (write as (c: unknown, ...r: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof stream.write;
  return { stream, seen: () => seen };
}

describe('leptonica lines from the OCR engine', () => {
  it('drops "Error in …:" and "Warning in …:" lines and keeps every other line in order', () => {
    expect(withoutEngineNoise('Error in boxClipToRectangle: box outside rectangle\n')).toBe('');
    expect(withoutEngineNoise('OCR: 1/4 pages\nError in pixScanForForeground: invalid box\nWarning in pixReadMemJpeg: x\nDS000001: a.jpg page 1: no card\n'))
      .toBe('OCR: 1/4 pages\nDS000001: a.jpg page 1: no card\n');
    // A sentence of ours that merely mentions an error is not leptonica's.
    expect(withoutEngineNoise('Error in the file a.csv, row 3: bad date\n')).toBe('Error in the file a.csv, row 3: bad date\n');
  });

  it('a muted stream never shows them, shows everything else, and calls back as a write would', async () => {
    const { stream, seen } = fakeStderr();
    muteEngineNoise(stream);
    muteEngineNoise(stream); // twice is once
    stream.write('Error in boxClipToRectangle: box outside rectangle\n');
    stream.write(Buffer.from('Lỗi: tệp a.pdf trang 2 không đọc được.\n'));
    stream.write('OCR: 2/4 pages\nError in pixScanForForeground: invalid box\n');
    await new Promise<void>((resolve) => stream.write('Error in pixClipRectangle: x\n', () => resolve()));
    expect(seen()).toBe('Lỗi: tệp a.pdf trang 2 không đọc được.\nOCR: 2/4 pages\n');
  });
});
