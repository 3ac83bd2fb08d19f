/** A family dossier as the one file a scanner writes: a PDF of JPEG pages at their dpi, or a multi-page G4 TIFF. */
import { PDFDocument } from 'pdf-lib';
import { mergeTiffPages } from '../tiff-merge';
import type { FamilyDossier } from './types';

export async function dossierFile(d: FamilyDossier): Promise<{ ext: 'pdf' | 'tif'; data: Buffer }> {
  if (d.meta.container === 'tiff') return { ext: 'tif', data: mergeTiffPages(d.pages) };
  const pdf = await PDFDocument.create();
  for (const [i, page] of d.pages.entries()) {
    const img = await pdf.embedJpg(page);
    const dpi = d.meta.pages[i]?.dpi ?? 300;
    const w = (img.width * 72) / dpi;
    const h = (img.height * 72) / dpi;
    pdf.addPage([w, h]).drawImage(img, { x: 0, y: 0, width: w, height: h });
  }
  return { ext: 'pdf', data: Buffer.from(await pdf.save()) };
}
