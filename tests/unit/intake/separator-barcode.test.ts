import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { writeBarcode } from 'zxing-wasm/full';
import { readSeparatorBarcode } from '../../../main/engine/intake/separator-barcode';
import { isSeparatorSheet, renderSeparatorSheet } from '../../../main/engine/intake/separator';
import { degrade, textPage } from './fixtures';

/** An A4 page at 150 dpi with a bar code of `format` reading `text` where scanner software prints it. */
async function sheetWith(text: string, format: 'Code39' | 'QRCode' | 'Code128'): Promise<Buffer> {
  await readSeparatorBarcode(await textPage(150)); // prepares the library offline (the writer shares it)
  const written = await writeBarcode(text, { format, scale: format === 'QRCode' ? 12 : 4 });
  const code = Buffer.from(await (written.image as Blob).arrayBuffer());
  return sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#fff' } })
    .composite([{ input: code, top: 300, left: 200 }])
    .png()
    .toBuffer();
}

describe('separator sheets of other scanner software', () => {
  it('recognises a patch-T sheet as NAPS2 prints it (Code 39 "PATCHT"), scanned crooked and noisy', async () => {
    const sheet = await sheetWith('PATCHT', 'Code39');
    expect(await isSeparatorSheet(sheet)).toBe(true);
    expect(await isSeparatorSheet(await degrade(sheet, { dpi: 300, rotate: 180, skewDeg: 2, blur: 0.8, noise: 15, quality: 70 }))).toBe(true);
  });

  it('recognises a QR separator reading PATCHT, as paperless-ngx splits on, and our own printed QR sheets', async () => {
    expect(await readSeparatorBarcode(await sheetWith('PATCHT', 'QRCode'))).toBe('PATCHT');
    const ours = await renderSeparatorSheet('Tờ số 1 / 10', 'qr');
    expect(await isSeparatorSheet(await degrade(ours, { dpi: 200, rotate: 0, skewDeg: -2, blur: 1, noise: 20, quality: 60 }))).toBe(true);
  });

  it('does not split on a bar code or QR code that reads something else', async () => {
    expect(await isSeparatorSheet(await sheetWith('https://dichvucong.gov.vn', 'QRCode'))).toBe(false);
    expect(await isSeparatorSheet(await sheetWith('RLHJF6320BY123456', 'Code128'))).toBe(false);
  });
});
