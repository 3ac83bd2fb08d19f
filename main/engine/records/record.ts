/** The station's electronic registration record, as the engine stores and compares it. */

import type { RecordFileField } from '../domain/record-fields';
import type { StationRecord } from '../domain/station-record';

// The record as stored, its issues and its history are the domain's (main/engine/domain/station-record.ts).
export type { HistoryEntry, RecordDetail, RecordIssue, StationRecord } from '../domain/station-record';

export {
  OWNER_FACT_FIELDS,
  RECORD_FIELDS,
  RECORD_VALUE_FIELDS,
  type OwnerFactField,
  type RecordFieldName,
  type RecordFileField,
  type RecordValueField,
} from '../domain/record-fields';

/** Values as they come out of a file, before normalisation (trimmed strings, absent when the cell is empty). */
export type RawRecordFields = Partial<Record<RecordFileField, string>>;

/** A record after normalisation, before it is stored with its issues. */
export type NormalizedRecord = Omit<StationRecord, 'issues'>;
