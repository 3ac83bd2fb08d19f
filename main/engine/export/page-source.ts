import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { ExportPage } from '../db/export.repo';
import { UserError } from '../errors';
import { normalizeTurn } from './pdf-page-placement';
import type { EmbeddablePage } from './searchable-pdf';
import { say } from '../domain/messages/catalogue';

const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

/**
 * A stored page, ready to embed. JPEG and PNG pages go in as they are stored (a JPEG is never re-encoded);
 * a TIFF (or any other format) has no PDF equivalent that pdf-lib can embed, so it is converted losslessly to PNG.
 */
export async function embeddablePage(dossierId: string, page: ExportPage): Promise<EmbeddablePage> {
  let data: Buffer;
  try {
    data = await readFile(page.imagePath);
  } catch {
    throw new UserError(say('export.page_missing', { page: page.pageNo + 1, dossier: dossierId, path: page.imagePath }), 'missing_page');
  }
  const turn = normalizeTurn(page.rotation ?? page.userRotation);
  try {
    const meta = await sharp(data, { limitInputPixels: 80_000_000 }).metadata();
    const dpi = meta.density && meta.density >= 100 ? meta.density : null;
    const base = { width: page.width, height: page.height, dpi, turn, words: page.words };
    if (data.subarray(0, 3).equals(JPEG)) return { ...base, format: 'jpeg', data };
    if (data.subarray(0, 4).equals(PNG)) return { ...base, format: 'png', data };
    const png = await sharp(data, { limitInputPixels: 80_000_000 }).png({ compressionLevel: 6 }).toBuffer();
    return { ...base, format: 'png', data: png };
  } catch (error) {
    throw new UserError(say('export.page_unreadable', { page: page.pageNo + 1, dossier: dossierId, reason: (error as Error).message.split('\n')[0] ?? '' }), 'bad_page');
  }
}
