/**
 * One dossier as a searchable PDF: each page is the scan itself (a JPEG is embedded byte for byte), turned
 * upright by the image matrix rather than by re-encoding, under an invisible text layer (render mode 3) made of
 * the OCR words in an embedded, subset font, so copy, search and `pdftotext` get the Vietnamese text.
 */
import { createHash } from 'node:crypto';
import {
  PDFDict, PDFDocument, PDFHexString, PDFName, beginText, concatTransformationMatrix, drawObject, endText, popGraphicsState,
  pushGraphicsState, setCharacterSqueeze, setFontAndSize, setTextMatrix, setTextRenderingMode, showText,
  type PDFFont, type PDFImage, type PDFPage,
} from 'pdf-lib';
import type { OcrWordBox } from '../domain/field-reading';
import { loadFontkit, textLayerFont } from './font';
import { imageMatrix, placePage, type QuarterTurn } from './pdf-page-placement';
import { placeWords } from './text-layer';

/** A page image ready to embed: JPEG as scanned, or PNG (a TIFF or other page converted losslessly). */
export interface EmbeddablePage {
  format: 'jpeg' | 'png';
  data: Uint8Array;
  width: number;
  height: number;
  dpi: number | null;
  turn: QuarterTurn;
  words: readonly OcrWordBox[];
}

export interface PdfMetadata {
  dossierId: string;
  recordId: string | null;
  plate: string | null;
  station: string;
  exportedAt: Date;
}

/** Ligatures would turn "fi" into one glyph that some extractors cannot map back to two letters. */
const FONT_FEATURES = { liga: false, clig: false, dlig: false, calt: false, rlig: false };

export async function buildSearchablePdf(pages: readonly EmbeddablePage[], meta: PdfMetadata): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(await loadFontkit());
  const font = await pdf.embedFont(textLayerFont(), { subset: true, features: FONT_FEATURES, customName: `${subsetTag(meta.dossierId)}+DejaVuSans` });
  for (const page of pages) {
    const image = page.format === 'jpeg' ? await pdf.embedJpg(page.data) : await pdf.embedPng(page.data);
    addPage(pdf, image, font, page);
  }
  describe(pdf, meta);
  return pdf.save({ useObjectStreams: true });
}

/** A subset font's name starts with six capital letters and '+' (PDF 32000 §9.6.4), so tools know it is partial. */
function subsetTag(seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
}

function addPage(pdf: PDFDocument, image: PDFImage, font: PDFFont, source: EmbeddablePage): PDFPage {
  const placement = placePage(image.width, image.height, source.turn, source.dpi);
  const page = pdf.addPage([placement.width, placement.height]);
  const imageName = page.node.newXObject('Scan', image.ref);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...imageMatrix(placement)), drawObject(imageName), popGraphicsState());
  const words = placeWords(source.words, placement);
  if (words.length === 0) return page;
  const fontName = page.node.newFontDictionary('OCR', font.ref);
  const ops = [beginText(), setTextRenderingMode(3)];
  for (const w of words) {
    const natural = font.widthOfTextAtSize(w.text, w.size);
    ops.push(
      setFontAndSize(fontName, w.size),
      setCharacterSqueeze(natural > 0 ? (100 * w.width) / natural : 100),
      setTextMatrix(1, 0, 0, 1, w.x, w.baseline),
      showText(font.encodeText(w.text)),
    );
  }
  ops.push(endText());
  page.pushOperators(...ops);
  return page;
}

/** The Info dictionary: standard keys for any viewer, and the dossier's own keys for the central system. */
function describe(pdf: PDFDocument, meta: PdfMetadata): void {
  const title = `Hồ sơ ${meta.dossierId}${meta.recordId ? ` — ${meta.recordId}` : ''}${meta.plate ? ` — ${meta.plate}` : ''}`;
  pdf.setTitle(title);
  pdf.setAuthor(meta.station);
  pdf.setSubject('Hồ sơ đăng ký xe đã số hóa / digitized vehicle-registration dossier');
  pdf.setKeywords([meta.dossierId, meta.recordId ?? '', meta.plate ?? '', meta.station].filter(Boolean));
  pdf.setCreator('Sohoa Station');
  pdf.setProducer('Sohoa Station (pdf-lib)');
  pdf.setCreationDate(meta.exportedAt);
  pdf.setModificationDate(meta.exportedAt);
  // setTitle above made the Info dictionary; pdf-lib keeps its own accessor private.
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
  const put = (key: string, value: string | null): void => {
    if (value !== null) info.set(PDFName.of(key), PDFHexString.fromText(value));
  };
  put('SohoaDossierId', meta.dossierId);
  put('SohoaRecordId', meta.recordId);
  put('SohoaPlate', meta.plate);
  put('SohoaStation', meta.station);
  put('SohoaExportedAt', meta.exportedAt.toISOString());
}
