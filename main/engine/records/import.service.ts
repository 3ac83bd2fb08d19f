import { statSync } from 'node:fs';
import { InputError, describeError, isDiskFull } from '../errors';
import type { ImportReport } from '../domain/import-report';
import type { RecordsRepo, RecordToStore } from '../db/records.repo';
import type { ProgressMeter } from '../jobs/progress-meter';
import type { NormalizedRecord, RecordIssue } from './record';
import { normalizeRecord } from './normalize';
import { openRecordSource } from './readers/source';
import { SeqRowMarks } from './rows-seen';
import { fileSource } from '../db/history-source';
import { say } from '../domain/messages/catalogue';
import type { EngineMessage, MessageParam } from '../domain/messages/message';
import { renderMessage } from '../domain/messages/render';
import { said } from '../domain/messages/said';

const BATCH_ROWS = 5000;
const LIST_CAP = 1000;

export interface ImportContext {
  repo: RecordsRepo;
  progress: ProgressMeter;
  signal: AbortSignal;
  /** Where the change came from, kept in record history (e.g. the file name and the user). */
  source: MessageParam;
  /** Called after each committed batch, so the lookup index and the UI stay current. */
  onStored(rows: { seq: number; record: NormalizedRecord }[]): void;
}

/**
 * Imports station record files, streaming, in batches that each commit atomically: a crash or a cancel
 * keeps what was committed and loses nothing that was in the database before. A row that cannot be stored is
 * rejected with a reason; a row whose values break the format rules is stored as it is, with its issues.
 */
export async function importRecordFiles(files: readonly string[], ctx: ImportContext): Promise<ImportReport> {
  const started = Date.now();
  const report: ImportReport = {
    imported: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    with_issues: 0,
    errors: [],
    issues: [],
    cancelled: false,
    seconds: 0,
  };
  const totals: Totals = { bytesDone: 0, bytesTotal: files.reduce((sum, f) => sum + sizeOf(f), 0), rows: 0 };
  for (const file of files) {
    if (ctx.signal.aborted) break;
    try {
      await importOneFile(file, ctx, report, totals);
    } catch (error) {
      // A full disk is the station's problem, not a bug: say so, and that committed rows are kept for the rerun.
      const { message, text } = error instanceof InputError ? { message: error.message, text: error.text } : isDiskFull(error) ? diskFull(file) : describeError(error);
      pushCapped(report.errors, text ? { file, row: null, field: null, message, text } : { file, row: null, field: null, message });
    }
  }
  const last = files[files.length - 1] ?? '';
  ctx.progress.update(last.split(/[\\/]/).pop() ?? last, totals.bytesDone, totals.bytesTotal, totals.rows, true);
  report.cancelled = ctx.signal.aborted;
  report.seconds = Math.round((Date.now() - started) / 10) / 100;
  return report;
}

function diskFull(file: string): { message: string; text: EngineMessage } {
  const text = say('file.disk_full', { file: file.split(/[\\/]/).pop() ?? file });
  return { message: renderMessage(text, 'en'), text };
}

interface Totals {
  bytesDone: number;
  bytesTotal: number;
  rows: number;
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

async function importOneFile(file: string, ctx: ImportContext, report: ImportReport, totals: Totals): Promise<void> {
  const source = await openRecordSource(file);
  const label = file.split(/[\\/]/).pop() ?? file;
  const seen = new SeqRowMarks();
  let batch: RecordToStore[] = [];

  const flush = (): void => {
    if (batch.length === 0) return;
    const results = ctx.repo.upsertBatch(batch, fileSource(ctx.source, label), seen);
    const stored: { seq: number; record: NormalizedRecord }[] = [];
    results.forEach((result, i) => {
      const item = batch[i]!;
      const id = item.record.record_id;
      if (result.outcome === 'duplicate') {
        const text = say('row.repeated', { file: label, row: item.row ?? '', key: say('key.record_id'), value: id, first: result.firstRow ?? '' });
        reject(report, { file, row: item.row ?? null, field: 'record_id', message: renderMessage(text, 'en'), text });
        return;
      }
      report[result.outcome] += 1;
      const issues = [...item.issues, ...(result.kept ?? [])];
      if (issues.length) {
        report.with_issues += 1;
        for (const { field, message, text } of issues as RecordIssue[]) pushCapped(report.issues, text ? { record_id: id, field, message, text } : { record_id: id, field, message });
      }
      if (result.outcome !== 'unchanged') stored.push({ seq: result.seq, record: item.record });
    });
    ctx.onStored(stored);
    batch = [];
  };

  for await (const item of source.items()) {
    totals.rows += 1;
    if ('error' in item) {
      reject(report, { file, row: item.row, field: item.error.field, ...said(item.error.text) });
    } else {
      const result = normalizeRecord(item.fields);
      if (result.ok) batch.push({ record: result.record, issues: result.issues, row: item.row });
      else reject(report, { file, row: item.row, field: result.field, ...said(say('import.row_rejected', { file: label, row: item.row, reason: result.text })) });
    }
    if (batch.length >= BATCH_ROWS) {
      flush();
      ctx.progress.update(label, totals.bytesDone + source.bytesRead(), totals.bytesTotal, totals.rows);
      if (ctx.signal.aborted) break;
    }
  }
  flush();
  totals.bytesDone += source.bytesRead();
}

function reject(report: ImportReport, error: ImportReport['errors'][number]): void {
  report.rejected += 1;
  pushCapped(report.errors, error);
}

function pushCapped<T>(list: T[], item: T): void {
  if (list.length < LIST_CAP) list.push(item);
}
