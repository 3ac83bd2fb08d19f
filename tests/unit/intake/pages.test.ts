import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPages } from '../../../main/engine/intake/pages';
import type { PageError, PageImage } from '../../../main/engine/scan/scan.types';
import { writeMultiPageTiff } from '../../corpus/tiff-writer';

const dir = mkdtempSync(path.join(tmpdir(), 'sohoa-pages-'));
function put(name: string, data: Uint8Array | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
}
async function all(file: string): Promise<(PageImage | PageError)[]> {
  const out: (PageImage | PageError)[] = [];
  for await (const p of readPages(file)) out.push(p);
  return out;
}
/** The file's only result must be one sentence naming it. */
async function oneError(file: string): Promise<string> {
  const pages = await all(file);
  expect(pages).toHaveLength(1);
  const page = pages[0];
  if (!('message' in page)) throw new Error(`expected an error for ${file}`);
  expect(page.message).toContain(path.basename(file));
  expect(page.message).toMatch(/^[^\n]+[.]$/);
  return page.message;
}
const grey = (w: number, h: number, seed: number): Buffer => Buffer.from(Array.from({ length: w * h }, (_, i) => (i * seed + (i >> 5)) & 0xff));

let jpegA: Buffer;
let jpegB: Buffer;
beforeAll(async () => {
  jpegA = await sharp(grey(120, 170, 7), { raw: { width: 120, height: 170, channels: 1 } }).jpeg({ quality: 80 }).toBuffer();
  jpegB = await sharp(grey(200, 90, 3), { raw: { width: 200, height: 90, channels: 1 } }).jpeg({ quality: 60 }).toBuffer();
});

describe('image files', () => {
  it('keeps a JPEG or PNG page byte for byte, with its size and hash', async () => {
    const png = await sharp(grey(64, 48, 5), { raw: { width: 64, height: 48, channels: 1 } }).png().toBuffer();
    const [j] = await all(put('a.jpg', jpegA));
    const [p] = await all(put('scan-without-extension', png));
    expect(j).toMatchObject({ indexInFile: 0, format: 'jpeg', width: 120, height: 170 });
    expect((j as PageImage).data.equals(jpegA)).toBe(true);
    expect((j as PageImage).sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(p).toMatchObject({ format: 'png', width: 64, height: 48 });
    expect((p as PageImage).data.equals(png)).toBe(true);
  });

  it('takes each page of a multi-page TIFF (pages of different sizes) losslessly, and keeps a single-page TIFF as it is', async () => {
    const a = await sharp(grey(300, 400, 3), { raw: { width: 300, height: 400, channels: 1 } }).png().toBuffer();
    const b = await sharp(grey(500, 200, 9), { raw: { width: 500, height: 200, channels: 1 } }).png().toBuffer();
    const pages = await all(put('stack.tif', await writeMultiPageTiff([a, b, a])));
    expect(pages.map((p) => ('format' in p ? [p.format, p.width, p.height, p.indexInFile] : p.message))).toEqual([
      ['png', 300, 400, 0], ['png', 500, 200, 1], ['png', 300, 400, 2]]);
    const back = await sharp((pages[1] as PageImage).data).extractChannel(0).raw().toBuffer();
    expect(back.equals(grey(500, 200, 9))).toBe(true);
    const single = await sharp(a).tiff().toBuffer();
    const [only] = await all(put('one.tiff', single));
    expect(only).toMatchObject({ format: 'tiff', width: 300, height: 400 });
    expect((only as PageImage).data.equals(single)).toBe(true);
  });
});

describe('scanner PDFs', () => {
  it('takes JPEG pages out without re-encoding them', async () => {
    const pdf = await PDFDocument.create();
    for (const jpg of [jpegA, jpegB]) {
      const image = await pdf.embedJpg(jpg);
      pdf.addPage([image.width, image.height]).drawImage(image, { x: 0, y: 0 });
    }
    const pages = await all(put('dossier.pdf', await pdf.save()));
    expect(pages).toHaveLength(2);
    expect((pages[0] as PageImage).data.equals(jpegA)).toBe(true);
    expect((pages[1] as PageImage).data.equals(jpegB)).toBe(true);
    expect(pages[1]).toMatchObject({ indexInFile: 1, format: 'jpeg', width: 200, height: 90 });
  });

  it('turns Flate images (RGB, and grey with PNG predictors) into lossless PNGs, and names a page with no image', async () => {
    const pdf = await PDFDocument.create();
    const rgbPng = await sharp(grey(80, 60, 11), { raw: { width: 80, height: 60, channels: 1 } }).png().toBuffer();
    const image = await pdf.embedPng(rgbPng);
    pdf.addPage([80, 60]).drawImage(image, { x: 0, y: 0 });
    // A grey image with the "up" predictor on every row, as some scanners write it.
    const w = 50, h = 40, px = grey(w, h, 13);
    const rows = Buffer.alloc((w + 1) * h);
    for (let y = 0; y < h; y++) {
      rows[y * (w + 1)] = 2;
      for (let x = 0; x < w; x++) rows[y * (w + 1) + 1 + x] = (px[y * w + x] - (y ? px[(y - 1) * w + x] : 0)) & 0xff;
    }
    const stream = pdf.context.stream(deflateSync(rows), {
      Type: 'XObject', Subtype: 'Image', Width: w, Height: h, ColorSpace: 'DeviceGray', BitsPerComponent: 8,
      Filter: 'FlateDecode', DecodeParms: { Predictor: 15, Colors: 1, BitsPerComponent: 8, Columns: w },
    });
    const page = pdf.addPage([w, h]);
    page.node.setXObject(PDFName.of('Scan0'), pdf.context.register(stream));
    const textOnly = pdf.addPage();
    textOnly.drawText('Trang chu', { font: await pdf.embedFont(StandardFonts.Helvetica) });
    const pages = await all(put('flate.pdf', await pdf.save()));
    expect(pages.slice(0, 2).map((p) => 'format' in p && [p.format, p.width, p.height])).toEqual([['png', 80, 60], ['png', 50, 40]]);
    const first = await sharp((pages[0] as PageImage).data).extractChannel(0).raw().toBuffer();
    expect(first.equals(grey(80, 60, 11))).toBe(true);
    expect((await sharp((pages[1] as PageImage).data).metadata()).channels).toBe(1); // a grey scan stays grey
    expect((await sharp((pages[1] as PageImage).data).extractChannel(0).raw().toBuffer()).equals(px)).toBe(true);
    expect(pages[2]).toMatchObject({ file: path.join(dir, 'flate.pdf'), indexInFile: 2, message: 'page 3 of flate.pdf has no scanned image (it may be a text-only page).' });
  });
});

describe('a long scan', () => {
  it('streams a 1,000-page PDF page by page', async () => {
    const pdf = await PDFDocument.create();
    const image = await pdf.embedJpg(jpegB);
    for (let i = 0; i < 1000; i++) pdf.addPage([200, 90]).drawImage(image);
    let count = 0;
    for await (const page of readPages(put('thousand.pdf', await pdf.save()))) {
      expect('data' in page && page.indexInFile === count && page.data.equals(jpegB)).toBe(true);
      count++;
    }
    expect(count).toBe(1000);
  });
});

describe('bad input gets one sentence naming the file', () => {
  it('an encrypted PDF', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    const text = Buffer.from(await pdf.save({ useObjectStreams: false })).toString('latin1');
    const at = text.lastIndexOf('trailer');
    const encrypted = text.slice(0, at) + text.slice(at).replace('/Root', '/Encrypt 1 0 R /Root');
    expect(await oneError(put('secret.pdf', Buffer.from(encrypted, 'latin1')))).toMatch(/encrypted/);
  });

  it('a corrupt or truncated PDF, a text file named .pdf, an empty file, a missing file', async () => {
    const pdf = await PDFDocument.create();
    const image = await pdf.embedJpg(jpegA);
    pdf.addPage().drawImage(image);
    const bytes = await pdf.save();
    expect(await oneError(put('cut.pdf', bytes.subarray(0, 400)))).toBe('cut.pdf cannot be read as a PDF: it is damaged or was cut short (copy it again from the scanner).');
    expect(await oneError(put('garbage.pdf', '%PDF-1.7\n' + 'x'.repeat(5000)))).toMatch(/garbage\.pdf/);
    expect(await oneError(put('notes.pdf', 'Danh sách hồ sơ cần quét\n'))).toBe('notes.pdf is named like a PDF but is not one (it may be a text file or damaged).');
    expect(await oneError(put('empty.jpg', ''))).toBe('empty.jpg is empty (0 bytes).');
    expect(await oneError(path.join(dir, 'gone.png'))).toMatch(/^gone\.png does not exist/);
  });

  it('a truncated JPEG, also inside a PDF', async () => {
    expect(await oneError(put('half.jpg', jpegA.subarray(0, jpegA.length >> 1)))).toMatch(/^half\.jpg is truncated/);
    const pdf = await PDFDocument.create();
    const stream = pdf.context.stream(jpegA.subarray(0, jpegA.length - 300), {
      Type: 'XObject', Subtype: 'Image', Width: 120, Height: 170, ColorSpace: 'DeviceGray', BitsPerComponent: 8, Filter: 'DCTDecode',
    });
    pdf.addPage().node.setXObject(PDFName.of('Im0'), pdf.context.register(stream));
    expect(await oneError(put('half-page.pdf', await pdf.save()))).toMatch(/^page 1 of half-page\.pdf is truncated/);
  });

  it('refuses a 20,000 × 20,000 image quickly, without decoding it', async () => {
    // A real PNG header claiming 20,000 × 20,000 with a token of data: only the header may be read.
    const chunk = (type: string, data: Buffer): Buffer => {
      const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
      const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
      return Buffer.concat([len, Buffer.from(type), data, crc]);
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(20_000, 0); ihdr.writeUInt32BE(20_000, 4); ihdr[8] = 8; ihdr[9] = 0;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.alloc(20_001))), chunk('IEND', Buffer.alloc(0))]);
    const started = performance.now();
    expect(await oneError(put('bomb.png', png))).toMatch(/^bomb\.png is refused: its image is 20000 × 20000 pixels \(400 megapixels\)/);
    // The same bomb announced inside a PDF is refused before its stream is inflated.
    const pdf = await PDFDocument.create();
    const stream = pdf.context.stream(deflateSync(Buffer.alloc(1000)), {
      Type: 'XObject', Subtype: 'Image', Width: 20_000, Height: 20_000, ColorSpace: 'DeviceGray', BitsPerComponent: 8, Filter: 'FlateDecode',
    });
    pdf.addPage().node.setXObject(PDFName.of('Im0'), pdf.context.register(stream));
    expect(await oneError(put('bomb.pdf', await pdf.save()))).toMatch(/^page 1 of bomb\.pdf is refused/);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
