/**
 * The dashboard as a one-page A4 PDF for the lead's daily report upward: the step counts, the share of records
 * digitized, owners and licence holders against the population register, the last 30 days as bars, decisions per
 * officer and flags by kind. Drawn with pdf-lib and the shipped DejaVu font, so Vietnamese prints the same on
 * every station PC.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { reasonOf, UserError } from '../errors';
import { loadFontkit, textLayerFont } from '../export/font';
import { STEPS, type DashboardStats } from './dashboard.types';
import type { Locale } from '../domain/settings';
import { REPORT_LABELS } from './report-labels';
import { say } from '../domain/messages/catalogue';

const A4 = { width: 595, height: 842 } as const;
const MARGIN = 48;
const INK = rgb(0.09, 0.13, 0.2);
const MUTED = rgb(0.42, 0.46, 0.53);
const BLUE = rgb(0.12, 0.31, 0.82);
const GREEN = rgb(0.07, 0.48, 0.26);

interface Pen {
  page: PDFPage;
  font: PDFFont;
  y: number;
}

function text(pen: Pen, value: string, x: number, size = 10, color = INK): void {
  pen.page.drawText(value, { x, y: pen.y, size, font: pen.font, color });
}

/** A table whose first column is text and the others right-aligned numbers. */
function table(pen: Pen, head: string[], rows: (string | number)[][], widths: number[]): void {
  const line = (cells: (string | number)[], color = INK): void => {
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const value = String(cell);
      const w = widths[i]!;
      const at = i === 0 ? x : x + w - pen.font.widthOfTextAtSize(value, 10);
      text(pen, value, at, 10, color);
      x += w;
    });
    pen.y -= 15;
  };
  line(head, MUTED);
  for (const row of rows) line(row);
  pen.y -= 8;
}

/** A titled table of the ten most active people, or a line saying there is nobody yet. */
function people(pen: Pen, title: string, head: string[], rows: (string | number)[][], empty: string): void {
  text(pen, title, MARGIN, 12);
  pen.y -= 18;
  if (rows.length === 0) {
    text(pen, empty, MARGIN, 10, MUTED);
    pen.y -= 24;
  } else {
    table(pen, head, rows.slice(0, 10), [200, 100, 100, 100]);
  }
}

function bars(pen: Pen, stats: DashboardStats): void {
  const height = 110;
  const width = A4.width - 2 * MARGIN;
  const max = Math.max(1, ...stats.days.map((d) => Math.max(d.counts.scanned, d.counts.resolved)));
  const slot = width / stats.days.length;
  const bottom = pen.y - height;
  pen.page.drawLine({ start: { x: MARGIN, y: bottom }, end: { x: MARGIN + width, y: bottom }, thickness: 0.5, color: MUTED });
  stats.days.forEach((d, i) => {
    const x = MARGIN + i * slot + slot * 0.1;
    const w = slot * 0.38;
    pen.page.drawRectangle({ x, y: bottom, width: w, height: (d.counts.scanned / max) * height, color: BLUE });
    pen.page.drawRectangle({ x: x + w, y: bottom, width: w, height: (d.counts.resolved / max) * height, color: GREEN });
  });
  text({ ...pen, y: pen.y - 8 }, String(max), MARGIN, 8, MUTED);
  pen.y = bottom - 12;
  const first = stats.days[0]?.day ?? '';
  const last = stats.days[stats.days.length - 1]?.day ?? '';
  text(pen, first, MARGIN, 8, MUTED);
  text(pen, last, MARGIN + width - pen.font.widthOfTextAtSize(last, 8), 8, MUTED);
  pen.y -= 24;
}

/** Owners and licence holders against the register, in the commune report's words (matching; differing or no information). */
function reconciliation(pen: Pen, stats: DashboardStats, l: (typeof REPORT_LABELS)[Locale]): void {
  const { owners, licences } = stats.reconciliation;
  if (owners.checked === 0 && licences.checked === 0) return;
  text(pen, l.reconcile, MARGIN, 11);
  pen.y -= 16;
  const row = (name: string, f: typeof owners): (string | number)[] => [name, f.matching, f.not_matching, f.checked, f.total];
  table(pen, l.reconcileCols, [row(l.owners, owners), row(l.licences, licences)], [120, 80, 160, 70, 70]);
  pen.y -= 6;
}

/** Residents and self-declarations as the campaign reports them, week over week with the change. */
function campaign(pen: Pen, stats: DashboardStats, l: (typeof REPORT_LABELS)[Locale]): void {
  const { residents, declarations, this_week: now, last_week: before } = stats.campaign;
  if (residents === 0 && declarations.received === 0) return;
  text(pen, l.campaign, MARGIN, 11);
  pen.y -= 16;
  const change = (a: number, b: number): string => (a - b > 0 ? `+${a - b}` : String(a - b));
  const r = l.campaignRows;
  table(
    pen,
    l.campaignCols,
    [
      [r.residents, residents, now.residents, before.residents, change(now.residents, before.residents)],
      [r.received, declarations.received, now.received, before.received, change(now.received, before.received)],
      [r.confirmed, declarations.confirmed, now.confirmed, before.confirmed, change(now.confirmed, before.confirmed)],
      [r.rejected, declarations.rejected, now.rejected, before.rejected, change(now.rejected, before.rejected)],
      [r.waiting, declarations.waiting, '', '', ''],
    ],
    [190, 70, 80, 90, 70],
  );
  pen.y -= 6;
}

export async function renderReportPdf(stats: DashboardStats, locale: Locale): Promise<Uint8Array> {
  const l = REPORT_LABELS[locale];
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(await loadFontkit());
  pdf.setTitle(`${l.title} — ${stats.station}`);
  const font = await pdf.embedFont(textLayerFont(), { subset: true });
  const pen: Pen = { page: pdf.addPage([A4.width, A4.height]), font, y: A4.height - MARGIN - 8 };
  const today = stats.days[stats.days.length - 1]?.counts;
  const percent = stats.records.total > 0 ? `${((100 * stats.records.digitized) / stats.records.total).toFixed(1)} %` : '—';

  text(pen, l.title, MARGIN, 16);
  pen.y -= 20;
  text(pen, `${stats.station} · ${l.generated} ${stats.generatedAt.slice(0, 16).replace('T', ' ')} UTC`, MARGIN, 10, MUTED);
  pen.y -= 28;
  table(pen, ['', l.total, l.today], STEPS.map((s) => [l.steps[s], stats.totals[s], today?.[s] ?? 0]), [260, 120, 120]);
  text(pen, l.records(stats.records.digitized, stats.records.total, percent), MARGIN, 11);
  pen.y -= 26;
  reconciliation(pen, stats, l);
  campaign(pen, stats, l);
  text(pen, l.daily, MARGIN, 11);
  pen.y -= 10;
  bars(pen, stats);
  people(pen, l.officers, l.officerCols, stats.officers.map((o) => [o.name, o.decisions, o.dossiers, o.today]), l.noDecisions);
  people(pen, l.clerks, l.clerkCols, stats.clerks.map((c) => [c.name, c.dossiers, c.pages, c.today]), l.noScans);
  text(pen, l.flags, MARGIN, 12);
  pen.y -= 18;
  table(pen, l.flagCols, stats.flagsByKind.map((f) => [l.kinds[f.key] ?? f.key, f.total, f.open]), [260, 120, 120]);
  return pdf.save();
}

/** Writes the report to `outFile` (through a temporary name, so a failure leaves no half file). */
export async function saveReportPdf(stats: DashboardStats, locale: Locale, outFile: string): Promise<{ file: string; bytes: number }> {
  const file = resolve(outFile);
  const temp = `${file}.${process.pid}.partial`;
  const bytes = await renderReportPdf(stats, locale);
  try {
    await writeFile(temp, bytes);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UserError(say('pdf.report_failed', { file, reason: reasonOf(error) }), 'unavailable');
  }
  return { file, bytes: bytes.length };
}
