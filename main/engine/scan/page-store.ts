import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { archivePath } from '../intake/archive';
import type { PageImage } from './scan.types';

/**
 * Keeps a page image in the station's archive, content-addressed, so OCR can be redone and the review screen
 * can show it. A page that is a whole image file is stored byte for byte (the same bytes as the original).
 */
export async function storePageImage(archiveDir: string, page: PageImage): Promise<string> {
  const path = archivePath(archiveDir, page.sha256, page.format === 'jpeg' ? 'jpg' : page.format === 'raw' ? 'bin' : page.format);
  try {
    await stat(path);
    return path;
  } catch {
    // Not stored yet.
  }
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, page.data, { flush: true });
  await rename(temp, path);
  return path;
}
