/**
 * The pick list: what to pull from the shelves for the department's list of retired vehicles — record, plate,
 * owner, reason and the box or shelf each scanned dossier came from — sorted by box so a clerk walks the archive
 * once. Listed vehicles with no dossier scanned yet have no known box: the heading counts them (the Retired screen
 * lists them). Drawn with pdf-lib and the shipped DejaVu font, so Vietnamese prints the same on every station PC.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { reasonOf, UserError } from '../errors';
import { loadFontkit, textLayerFont } from '../export/font';
import type { Locale } from '../domain/settings';
import { PICK_LIST_WORDS as WORDS } from './pick-list-labels';
import type { RetiredReason } from './retired-list';
import { say } from '../domain/messages/catalogue';

export interface PickListLine {
  box: string | null;
  record_id: string;
  plate: string | null;
  owner_name: string | null;
  reason: RetiredReason;
  /** The dossier to pull. */
  dossier: string;
  separated: boolean;
}

const A4 = { width: 842, height: 595 } as const; // landscape: seven columns
const MARGIN = 36;
const ROW = 15;
const SIZE = 9;
const WIDTHS = [110, 80, 85, 190, 95, 90, 50];
const INK = rgb(0.09, 0.13, 0.2);
const MUTED = rgb(0.42, 0.46, 0.53);

/** Lines sorted by box (no box last), then record. */
export function sortPickList(lines: readonly PickListLine[]): PickListLine[] {
  return [...lines].sort((a, b) => {
    if (a.box !== b.box) return a.box === null ? 1 : b.box === null ? -1 : a.box.localeCompare(b.box, 'vi', { numeric: true });
    return a.record_id.localeCompare(b.record_id, 'vi', { numeric: true });
  });
}

export async function renderPickList(lines: readonly PickListLine[], unscanned: number, locale: Locale, now = new Date()): Promise<Uint8Array> {
  const words = WORDS[locale];
  const doc = await PDFDocument.create();
  doc.registerFontkit(await loadFontkit());
  const font = await doc.embedFont(textLayerFont(), { subset: true });
  doc.setTitle(words.title);
  const sorted = sortPickList(lines);
  let page: PDFPage | null = null;
  let y = 0;
  let pageNo = 0;
  const cell = (p: PDFPage, value: string, x: number, width: number, color = INK): void => {
    p.drawText(fit(font, value, width - 4), { x, y, size: SIZE, font, color });
  };
  const newPage = (): PDFPage => {
    const p = doc.addPage([A4.width, A4.height]);
    pageNo += 1;
    y = A4.height - MARGIN;
    if (pageNo === 1) {
      p.drawText(words.title, { x: MARGIN, y, size: 14, font, color: INK });
      y -= 18;
      p.drawText(`${words.made} ${now.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB')} · ${words.summary(sorted.length, unscanned)}`, { x: MARGIN, y, size: SIZE, font, color: MUTED });
      y -= 22;
    }
    p.drawText(`${words.page} ${pageNo}`, { x: A4.width - MARGIN - 40, y: MARGIN / 2, size: 8, font, color: MUTED });
    let x = MARGIN;
    words.cols.forEach((c, i) => {
      cell(p, c, x, WIDTHS[i]!, MUTED);
      x += WIDTHS[i]!;
    });
    y -= ROW;
    return p;
  };
  for (const line of sorted) {
    if (!page || y < MARGIN + ROW) page = newPage();
    const values = [
      line.box ?? words.unknownBox,
      line.record_id,
      line.plate ?? '—',
      line.owner_name ?? '—',
      words.reasons[line.reason],
      line.dossier,
      line.separated ? words.done : '',
    ];
    let x = MARGIN;
    values.forEach((v, i) => {
      cell(page!, v, x, WIDTHS[i]!);
      x += WIDTHS[i]!;
    });
    y -= ROW;
  }
  if (!page) {
    page = newPage();
    cell(page, words.summary(0, unscanned), MARGIN, 400);
  }
  return doc.save();
}

/** Writes the pick list to `outFile` (through a temporary file, so a half-written list never stands). */
export async function savePickList(lines: readonly PickListLine[], unscanned: number, locale: Locale, outFile: string): Promise<{ file: string; bytes: number; lines: number }> {
  const file = resolve(outFile);
  const temp = `${file}.${process.pid}.partial`;
  const bytes = await renderPickList(lines, unscanned, locale);
  try {
    await writeFile(temp, bytes);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UserError(say('pdf.pick_list_failed', { file, reason: reasonOf(error) }), 'unavailable');
  }
  return { file, bytes: bytes.length, lines: lines.length };
}

/** Cuts a value to the column's width with an ellipsis. */
function fit(font: PDFFont, value: string, width: number): string {
  if (font.widthOfTextAtSize(value, SIZE) <= width) return value;
  let cut = value;
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}…`, SIZE) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}
