/**
 * Separator sheets to print: a PDF of A4 pages, each the sheet `renderSeparatorSheet` draws (the bar code the
 * intake recognises, twice, with a title and the sheet's number), for the clerk to put between dossiers of a
 * stack before scanning it in one go.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { reasonOf, UserError } from '../errors';
import { renderSeparatorSheet, type SeparatorStyle } from './separator';
import { say } from '../domain/messages/catalogue';

const A4 = { width: 595.28, height: 841.89 };

export async function writeSeparatorSheets(outFile: string, count: number, style: SeparatorStyle = 'bars'): Promise<{ file: string; sheets: number }> {
  const file = resolve(outFile);
  const pdf = await PDFDocument.create();
  pdf.setTitle('Tờ phân cách hồ sơ — Sohoa Station');
  // Every sheet is the same but for its number; one embedded image per number keeps the file small enough.
  for (let i = 1; i <= count; i++) {
    const image = await pdf.embedPng(await renderSeparatorSheet(`Tờ số ${i} / ${count}`, style));
    pdf.addPage([A4.width, A4.height]).drawImage(image, { x: 0, y: 0, width: A4.width, height: A4.height });
  }
  const temp = `${file}.${process.pid}.partial`;
  try {
    await writeFile(temp, await pdf.save(), { flush: true });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UserError(say('pdf.separators_failed', { file, reason: reasonOf(error) }), 'unavailable');
  }
  return { file, sheets: count };
}
