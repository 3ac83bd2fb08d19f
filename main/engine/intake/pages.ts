/** Reads the pages out of one scanned file, whatever its format, one page at a time. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { PageError, PageImage } from '../scan/scan.types';
import { readImageFile, readTiff } from './image-pages';
import { say } from '../domain/messages/catalogue';
import { pageError, reason } from './limits';
import { readPdf } from './pdf-pages';
import { sniffFile } from './scan-file-kind';

function fileError(file: string, error: unknown): PageError {
  const name = path.basename(file);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const text = code === 'ENOENT' ? say('intake.moved', { file: name })
    : code === 'EACCES' || code === 'EPERM' ? say('intake.permission', { file: name })
      : say('intake.unreadable', { where: name, reason: reason(error) });
  return pageError(file, null, text);
}

/**
 * Every page of `file` in order: a page image, or an error sentence naming the file (and page). Never throws:
 * a bad file or page is reported and the rest goes on.
 */
export async function* readPages(file: string): AsyncGenerator<PageImage | PageError> {
  const name = path.basename(file);
  let kind;
  try {
    const info = await stat(file);
    if (info.isDirectory()) { yield pageError(file, null, say('intake.folder', { file: name })); return; }
    if (info.size === 0) { yield pageError(file, null, say('intake.empty', { file: name })); return; }
    kind = await sniffFile(file);
  } catch (error) {
    yield fileError(file, error);
    return;
  }
  try {
    switch (kind) {
      case 'jpeg':
      case 'png':
        yield* readImageFile(file, kind);
        return;
      case 'tiff':
        yield* readTiff(file);
        return;
      case 'pdf':
        yield* readPdf(file);
        return;
      default: {
        const ext = path.extname(file).toLowerCase();
        const named = ext === '.pdf' ? say('intake.kind_pdf') : ext === '.tif' || ext === '.tiff' ? say('intake.kind_tiff') : ext ? say('intake.kind_image', { format: ext.slice(1).toUpperCase() }) : null;
        yield pageError(file, null, named ? say('intake.misnamed', { file: name, kind: named }) : say('intake.not_a_scan', { file: name }));
      }
    }
  } catch (error) {
    yield fileError(file, error);
  }
}
