/** What a records import answers (`sohoa records import --json` prints it, CLI.md). */
import type { RecordFileField } from './record';

export interface ImportReport {
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  with_issues: number;
  errors: { file: string; row: number | null; field: string | null; message: string }[];
  issues: { record_id: string; field: RecordFileField; message: string }[];
  cancelled: boolean;
  seconds: number;
}
