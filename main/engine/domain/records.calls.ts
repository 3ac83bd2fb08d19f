/** Station records as they cross the contract: stored records, imports, lookups, settings. */
import { z } from 'zod';
import { call } from './call';
import { ImportError, ImportReport } from './import-report';
import { RecordDetail, RecordIssue, StationRecord } from './station-record';
import { FindCandidate, FindResult } from './record-search';
import { JobProgress } from './job-progress';
import { RECORD_FIELDS, RECORD_FILE_FIELDS } from './record-fields';

export { RECORD_FIELDS };

export const RecordField = z.enum(RECORD_FIELDS);
export type RecordField = z.infer<typeof RecordField>;

/** A column a records file may hold: the record's fields and the owner's birth date (checked against the register). */
export const RecordFileField = z.enum(RECORD_FILE_FIELDS);
export type RecordFileField = z.infer<typeof RecordFileField>;

// A stored record, its issues and its history are the domain's (main/engine/domain/station-record.ts).
export { RecordDetail, RecordIssue, StationRecord };

// What an import did (counts, rejected rows, issues) is the domain's (main/engine/domain/import-report.ts).
export { ImportError, ImportReport };

// A search's candidates and why each matched are the domain's (main/engine/domain/record-search.ts).
export { FindCandidate, FindResult };

export const RecordFilter = z.enum(['all', 'with_issues']);
export type RecordFilter = z.infer<typeof RecordFilter>;

// The language and the station's preferences are the domain's (main/engine/domain/settings.ts).
export { Locale, Settings } from './settings';

// A long job's progress is the domain's (main/engine/domain/job-progress.ts).
export { JobProgress };

/** Station records and long jobs: the calls, `area.method` → input and output schemas (see ../contract.ts). */
export const recordsCalls = {
  /** Imports record files (CSV, XLSX, JSON); progress arrives as `job.progress` events. */
  'records.import': call(z.object({ files: z.array(z.string().min(1)).min(1).max(1000) }), ImportReport, 'Import station record files.'),
  /** Ranked candidates by plate, chassis, engine or citizen ID, tolerant of OCR confusions and one-edit slips. */
  'records.find': call(
    z.object({ text: z.string().max(200), limit: z.number().int().min(1).max(100).default(20) }),
    FindResult,
    'Find records by serial, plate or citizen ID.',
  ),
  /** A window of the records table in import order, for the virtualised table. */
  'records.list': call(
    z.object({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(1000), filter: RecordFilter.default('all') }),
    z.object({ total: z.number().int(), rows: z.array(StationRecord) }),
    'A window of the records table.',
  ),
  /** Full records with their change history. Unknown ids are left out. */
  'records.show': call(z.object({ ids: z.array(z.string()).min(1).max(1000) }), z.array(RecordDetail), 'Records by id with history.'),
  /** Counts for the Records screen header. */
  'records.stats': call(
    z.object({}),
    z.object({ total: z.number().int(), withIssues: z.number().int() }),
    'Record counts.',
  ),
  /** Asks a running job to stop after its current batch; work already committed stays. */
  'jobs.cancel': call(z.object({ jobId: z.string() }), z.object({ cancelled: z.boolean() }), 'Cancel a running job.'),
} as const;

/** The type of `recordsCalls`, for the engine's methods to take their input from (InputOf in ./call.ts). */
export type RecordsCalls = typeof recordsCalls;
