/** Pages of a scanner's PDF: each page's embedded scan, taken out one page at a time. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { EncryptedPDFError, PDFDocument } from 'pdf-lib';
import type { PageError, PageImage } from '../scan/scan.types';
import { encodedPage } from './image-pages';
import { say } from '../domain/messages/catalogue';
import { checkPageSize, pageError, pageLabel, reason } from './limits';
import { extractImage, findImages } from './pdf-image';

async function loadPdf(file: string): Promise<PDFDocument | PageError> {
  const name = path.basename(file);
  const bytes = await readFile(file);
  try {
    const pdf = await PDFDocument.load(bytes, { ignoreEncryption: false, updateMetadata: false, throwOnInvalidObject: false });
    if (pdf.getPageCount() === 0) return pageError(file, null, say('pdf.no_pages', { file: name }));
    return pdf;
  } catch (error) {
    // pdf-lib ships CJS and ESM builds, so the class may not be the one imported here: the message tells too.
    if (error instanceof EncryptedPDFError || /\bis encrypted\b/i.test(reason(error))) {
      return pageError(file, null, say('pdf.encrypted', { file: name }));
    }
    // The parser's own words ("invalid PDF object at offset 386") mean nothing to a clerk.
    void error;
    return pageError(file, null, say('pdf.damaged', { file: name }));
  }
}

/** Yields each page's scanned image, or a sentence saying why that page has none. */
export async function* readPdf(file: string): AsyncGenerator<PageImage | PageError> {
  const loaded = await loadPdf(file);
  if (!(loaded instanceof PDFDocument)) { yield loaded; return; }
  const context = loaded.context;
  const count = loaded.getPageCount();
  for (let i = 0; i < count; i++) {
    const label = pageLabel(file, i);
    try {
      const page = loaded.getPage(i);
      const images = findImages(page.node.Resources(), context);
      if (images.length === 0) {
        yield pageError(file, i, say('pdf.no_image', { where: label }));
        continue;
      }
      // Some scanners add a small logo or mask next to the scan: the scan is the largest image.
      const scan = images.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
      const tooBig = checkPageSize(file, i, scan.width, scan.height);
      if (tooBig) { yield pageError(file, i, tooBig); continue; }
      const extracted = await extractImage(scan, context);
      if ('problem' in extracted) { yield pageError(file, i, say('pdf.unusable', { where: label, problem: extracted.problem })); continue; }
      yield await encodedPage(file, i, extracted.data, extracted.format, i);
    } catch (error) {
      yield pageError(file, i, say('intake.unreadable', { where: label, reason: reason(error) }));
    }
  }
}
