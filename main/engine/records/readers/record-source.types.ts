/** What every records-file reader (CSV, JSON, XLSX) hands back: a stream of rows, each fields or a sentence. */
import type { EngineMessage } from '../../domain/messages/message';
import type { RecordFileField } from '../record';

export type SourceItem<F extends string = RecordFileField> =
  | { row: number; fields: Partial<Record<F, string>> }
  | { row: number; error: { field: string | null; text: EngineMessage } };

export interface RecordSource<F extends string = RecordFileField> {
  format: 'csv' | 'xlsx' | 'json';
  /** The text encoding ('utf-8', 'utf-16le', 'utf-16be', 'tcvn3', 'vni', 'windows-1258', 'viscii'); null for xlsx. */
  encoding: string | null;
  totalBytes: number;
  /** Bytes of the file consumed so far, for progress. */
  bytesRead(): number;
  /**
   * The rows, in file order. `row` is what the user sees: the spreadsheet row for CSV and XLSX (header = 1),
   * the 1-based position in the array for JSON. Each error is a coded sentence naming file and row.
   */
  items(): AsyncGenerator<SourceItem<F>>;
}
