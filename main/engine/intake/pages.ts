/** Reads the pages out of one scanned file, whatever its format, one page at a time. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { PageError, PageImage } from '../scan/scan.types';
import { readImageFile, readTiff } from './image-pages';
import { reason } from './limits';
import { readPdf } from './pdf-pages';
import { sniffFile } from './scan-file-kind';

function fileError(file: string, error: unknown): PageError {
  const name = path.basename(file);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const message = code === 'ENOENT' ? `${name} does not exist (it may have been moved or deleted).`
    : code === 'EACCES' || code === 'EPERM' ? `${name} cannot be opened: permission denied.`
      : `${name} cannot be read (${reason(error)}).`;
  return { file, indexInFile: null, message };
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
    if (info.isDirectory()) { yield { file, indexInFile: null, message: `${name} is a folder, not a scanned file.` }; return; }
    if (info.size === 0) { yield { file, indexInFile: null, message: `${name} is empty (0 bytes).` }; return; }
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
        const named = ext === '.pdf' ? 'a PDF' : ext === '.tif' || ext === '.tiff' ? 'a TIFF' : ext ? `a ${ext.slice(1).toUpperCase()} image` : '';
        yield {
          file, indexInFile: null,
          message: named ? `${name} is named like ${named} but is not one (it may be a text file or damaged).`
            : `${name} is not a PDF, TIFF, JPEG or PNG file.`,
        };
      }
    }
  } catch (error) {
    yield fileError(file, error);
  }
}
