/**
 * Imports a keyed table file (the population register, self-declarations, licences …) with the records
 * importer's rules: streamed through the same readers, batches that each commit atomically, a row that cannot be
 * stored rejected with one sentence naming file, row and field, a row whose values break a format rule stored with
 * its issues, and a key repeated within one import rejected (the first row wins).
 */
import { statSync } from 'node:fs';
import { describeError, InputError, isDiskFull } from '../errors';
import type { ProgressMeter } from '../jobs/progress-meter';
import type { HistorySource, UpsertResult } from '../db/records.repo';
import { fileSource } from '../db/history-source';
import { openTableSource } from '../records/readers/source';
import { SeqRowMarks } from '../records/rows-seen';
import type { TableColumns } from '../records/table-columns';
import type { TableImportReport } from '../domain/import-report';
import { say } from '../domain/messages/catalogue';
import { renderMessage } from '../domain/messages/render';
import type { EngineMessage } from '../domain/messages/message';
import { said } from '../domain/messages/said';

const BATCH_ROWS = 5000;
const LIST_CAP = 1000;

/** An issue of a stored row: its English (stored, and printed by the command line) and its code for the screens. */
export interface KeyedIssue {
  field: string;
  message: string;
  text?: EngineMessage;
}

/** A row refused: the field at fault and why, coded. */
export type KeyedNormalizeResult<T> = { ok: true; item: T; issues: KeyedIssue[] } | { ok: false; field: string; text: EngineMessage };

export interface KeyedRow<T> {
  item: T;
  issues: KeyedIssue[];
  row: number;
}

/** What one kind of keyed table needs: its columns, its row rules and where rows are stored. */
export interface KeyedTable<F extends string, T> {
  columns: TableColumns<F>;
  /** How the key is named in a duplicate's sentence: a `key.*` message ("personal ID", "declaration id"). */
  keyLabel: EngineMessage;
  keyOf(item: T): string;
  normalize(raw: Partial<Record<F, string>>): KeyedNormalizeResult<T>;
  /** Stores a batch in one transaction; a key already written by this import (per `seen`) is a duplicate. */
  upsertBatch(batch: KeyedRow<T>[], source: HistorySource, seen: SeqRowMarks): UpsertResult[];
  /** Called after each committed batch with the rows that changed. */
  onStored?(rows: { seq: number; item: T }[]): void;
}

/** The records importer's report (CLI.md), with the file's own key in `issues`. */
export type KeyedImportReport = TableImportReport<{ key: string; field: string; message: string; text?: EngineMessage }>;

export interface KeyedImportContext {
  progress: ProgressMeter;
  signal: AbortSignal;
  /** Where the change came from, kept in history (coded, or words the caller gave). */
  source: HistorySource;
}

export async function importKeyedFiles<F extends string, T>(files: readonly string[], table: KeyedTable<F, T>, ctx: KeyedImportContext): Promise<KeyedImportReport> {
  const started = Date.now();
  const report: KeyedImportReport = { imported: 0, updated: 0, unchanged: 0, rejected: 0, with_issues: 0, errors: [], issues: [], cancelled: false, seconds: 0 };
  const totals = { bytesDone: 0, bytesTotal: files.reduce((sum, f) => sum + sizeOf(f), 0), rows: 0 };
  for (const file of files) {
    if (ctx.signal.aborted) break;
    try {
      await importOneFile(file, table, ctx, report, totals);
    } catch (error) {
      const name = file.split(/[\\/]/).pop() ?? file;
      // A file the readers refused or a full disk is a coded message; anything else is described as it is.
      const text = !(error instanceof InputError) && isDiskFull(error) ? say('file.disk_full', { file: name }) : describeError(error).text;
      const message = text ? renderMessage(text, 'en') : describeError(error).message;
      push(report.errors, text ? { file, row: null, field: null, message, text } : { file, row: null, field: null, message });
    }
  }
  const last = files[files.length - 1] ?? '';
  ctx.progress.update(last.split(/[\\/]/).pop() ?? last, totals.bytesDone, totals.bytesTotal, totals.rows, true);
  report.cancelled = ctx.signal.aborted;
  report.seconds = Math.round((Date.now() - started) / 10) / 100;
  return report;
}

async function importOneFile<F extends string, T>(
  file: string,
  table: KeyedTable<F, T>,
  ctx: KeyedImportContext,
  report: KeyedImportReport,
  totals: { bytesDone: number; bytesTotal: number; rows: number },
): Promise<void> {
  const source = await openTableSource(file, table.columns);
  const label = file.split(/[\\/]/).pop() ?? file;
  const seen = new SeqRowMarks();
  let batch: KeyedRow<T>[] = [];

  const flush = (): void => {
    if (batch.length === 0) return;
    const results = table.upsertBatch(batch, fileSource(ctx.source, label), seen);
    const stored: { seq: number; item: T }[] = [];
    results.forEach((result, i) => {
      const row = batch[i]!;
      const key = table.keyOf(row.item);
      if (result.outcome === 'duplicate') {
        const text = say('row.repeated', { file: label, row: row.row, key: table.keyLabel, value: key, first: result.firstRow ?? '' });
        reject(report, { file, row: row.row, field: table.columns.key, message: renderMessage(text, 'en'), text });
        return;
      }
      report[result.outcome] += 1;
      // The row's own issues, and any an officer's decision kept against it (the decided value stays).
      const issues = [...row.issues, ...(result.kept ?? [])];
      if (issues.length) {
        report.with_issues += 1;
        // The row is stored with its issues as they are; the report's sentence also names the file and row it came from.
        for (const issue of issues) {
          const text = say('import.row_kept', { file: label, row: row.row, issue: (issue as KeyedIssue).text ?? issue.message });
          push(report.issues, { key, field: issue.field, message: renderMessage(text, 'en'), text });
        }
      }
      if (result.outcome !== 'unchanged') stored.push({ seq: result.seq, item: row.item });
    });
    table.onStored?.(stored);
    batch = [];
  };

  for await (const item of source.items()) {
    totals.rows += 1;
    if ('error' in item) {
      reject(report, { file, row: item.row, field: item.error.field, ...said(item.error.text) });
    } else {
      const result = table.normalize(item.fields);
      if (result.ok) batch.push({ item: result.item, issues: result.issues, row: item.row });
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

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function reject(report: KeyedImportReport, error: KeyedImportReport['errors'][number]): void {
  report.rejected += 1;
  push(report.errors, error);
}

function push<T>(list: T[], item: T): void {
  if (list.length < LIST_CAP) list.push(item);
}
