/**
 * What an import of a table file answers (`sohoa records import --json` prints it, CLI.md): the same counts,
 * rejected rows and data-quality issues for records, the population register, declarations and licences; only
 * the way an issue names its row differs.
 */
import type { RecordFileField } from './record';

export interface TableImportReport<Issue> {
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  with_issues: number;
  errors: { file: string; row: number | null; field: string | null; message: string }[];
  issues: Issue[];
  cancelled: boolean;
  seconds: number;
}

/** A records import: each issue names the record's id. */
export type ImportReport = TableImportReport<{ record_id: string; field: RecordFileField; message: string }>;
