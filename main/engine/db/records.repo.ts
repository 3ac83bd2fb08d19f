import type { Statement } from 'better-sqlite3';
import type { Db } from './database';
import { RECORD_VALUE_FIELDS, type RecordIssue, type NormalizedRecord, type OwnerFactField, type RecordValueField, type StationRecord, type HistoryEntry } from '../records/record';
import { crashPoint } from '../crash-point';
import { AuditRepo } from './audit.repo';
import { DecidedFields } from './decided-fields';
import { sameIssues, sameValues } from './same-record';
import { sourceOf, storedSource, type HistorySource } from './history-source';

export type { HistorySource };

export type UpsertOutcome = 'imported' | 'updated' | 'unchanged';
export type UpsertResult =
  /** `kept`: issues raised where an officer's decided value was kept against the file's (records and licences alike). */
  | { outcome: UpsertOutcome; seq: number; kept?: { field: string; message: string }[] }
  | { outcome: 'duplicate'; seq: number; firstRow: number };

/** A record ready to store, with its data-quality issues and the file row it came from. */
export interface RecordToStore {
  record: NormalizedRecord;
  issues: RecordIssue[];
  row?: number;
}

/**
 * The records one import has already written, by seq, with the row they came from: a second row with the same
 * record id in the same import is a duplicate, not an update. Keyed by seq so a million ids cost a few MB.
 */
export interface RowsSeen {
  rowOf(seq: number): number | undefined;
  mark(seq: number, row: number): void;
}

export interface RecordKeys {
  seq: number;
  plate: string | null;
  chassis: string | null;
  engine: string | null;
  owner_id: string | null;
}

interface RecordRow extends NormalizedRecord {
  seq: number;
  issues: string | null;
}

// The owner's birth date is stored after the record's fields (migration 009) and is not a dossier field.
const STORED_FIELDS = [...RECORD_VALUE_FIELDS, 'owner_birth_date'] as const;
type StoredField = (typeof STORED_FIELDS)[number];
const COLUMNS = ['record_id', ...STORED_FIELDS].join(', ');
const PLACEHOLDERS = ['record_id', ...STORED_FIELDS].map(() => '?').join(', ');
const ASSIGNMENTS = STORED_FIELDS.map((f) => `${f} = ?`).join(', ');

function storedValues(record: NormalizedRecord): (string | null)[] {
  const values: (string | null)[] = RECORD_VALUE_FIELDS.map((f) => record[f]);
  values.push(record.owner_birth_date ?? null);
  return values;
}

/**
 * A 52-bit fingerprint of a record's values and issues, stored beside it, so that re-importing a million
 * unchanged rows compares one integer per row instead of reading every column back.
 */
function digestOf(values: readonly (string | null)[], issues: string | null): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const mix = (s: string | null): void => {
    if (s === null) {
      h1 = Math.imul(h1 ^ 0xff, 16777619);
      return;
    }
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 16777619);
      h2 = Math.imul(h2 ^ c, 2246822519) ^ (h2 >>> 13);
    }
    h1 = Math.imul(h1 ^ 0x1f, 16777619);
    h2 = Math.imul(h2 ^ 0x1f, 2246822519);
  };
  // A trailing null (no owner birth date) is left out, so records stored before migration 009 keep their digest.
  const n = values.length > RECORD_VALUE_FIELDS.length && values[values.length - 1] === null ? values.length - 1 : values.length;
  for (let i = 0; i < n; i++) mix(values[i] ?? null);
  mix(issues);
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
}

/** All SQL about station records. Records are never deleted: `seq` is dense, so a row number is a seq. */
export class RecordsRepo {
  private readonly byId;
  private readonly digestById;
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly historyStmt;
  private readonly refreshIssuesStmt;
  private readonly countStmt;
  private readonly countIssuesStmt;
  private readonly upsertBatchTx;
  private readonly keysAfterStmt;
  private readonly decided: DecidedFields;
  private readonly bySeqsStmts = new Map<number, Statement<number[], RecordRow>>();

  constructor(private readonly db: Db) {
    this.decided = new DecidedFields(db, new AuditRepo(db));
    this.byId = db.prepare<[string], RecordRow>(`SELECT seq, ${COLUMNS}, issues FROM records WHERE record_id = ?`);
    this.digestById = db.prepare<[string], [number, number]>('SELECT seq, digest FROM records WHERE record_id = ?').raw();
    this.insertStmt = db.prepare(
      `INSERT INTO records (${COLUMNS}, issues, issue_count, digest, updated_at) VALUES (${PLACEHOLDERS}, ?, ?, ?, ?)`,
    );
    this.updateStmt = db.prepare(
      `UPDATE records SET ${ASSIGNMENTS}, issues = ?, issue_count = ?, digest = ?, updated_at = ? WHERE seq = ?`,
    );
    this.historyStmt = db.prepare(
      'INSERT INTO record_history (record_seq, changed_at, source, values_json) VALUES (?, ?, ?, ?)',
    );
    this.refreshIssuesStmt = db.prepare('UPDATE records SET issues = ?, digest = ? WHERE seq = ?');
    this.countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM records');
    this.countIssuesStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM records WHERE issue_count > 0');
    this.keysAfterStmt = db.prepare<[number, number], RecordKeys>(
      'SELECT seq, plate, chassis, engine, owner_id FROM records WHERE seq > ? ORDER BY seq LIMIT ?',
    );
    this.upsertBatchTx = db.transaction((batch: RecordToStore[], source: HistorySource, now: string, seen?: RowsSeen) => {
      const stored = batch.map((item) => this.upsertOne(item, source, now, seen));
      crashPoint('records.batch');
      return stored;
    });
  }

  /**
   * Stores a batch in one transaction; a row whose id exists is updated (old values to history) or left alone,
   * and one whose id this import already wrote (per `seen`) is left alone and reported as a duplicate.
   */
  upsertBatch(batch: RecordToStore[], source: HistorySource, seen?: RowsSeen, now = new Date().toISOString()): UpsertResult[] {
    return this.upsertBatchTx(batch, source, now, seen);
  }

  private upsertOne(item: RecordToStore, source: HistorySource, now: string, seen?: RowsSeen): UpsertResult {
    const { record } = item;
    const issues = item.issues.length ? JSON.stringify(item.issues) : null;
    const values = storedValues(record);
    const digest = digestOf(values, issues);
    const found = this.digestById.get(record.record_id);
    if (!found) {
      const seq = Number(this.insertStmt.run(record.record_id, ...values, issues, item.issues.length, digest, now).lastInsertRowid);
      seen?.mark(seq, item.row ?? 0);
      return { outcome: 'imported', seq };
    }
    const [seq, storedDigest] = found;
    const firstRow = seen?.rowOf(seq);
    if (firstRow !== undefined) return { outcome: 'duplicate', seq, firstRow };
    seen?.mark(seq, item.row ?? 0);
    if (storedDigest === digest) return { outcome: 'unchanged', seq };
    const existing = this.byId.get(record.record_id)!;
    if (sameValues(storedValues(existing), values) && sameIssues(existing.issues, item.issues)) {
      // Same record, its issues stored in an older form: they take the coded form, with no history entry.
      this.refreshIssuesStmt.run(issues, digest, seq);
      return { outcome: 'unchanged', seq };
    }
    const previous = previousValues(existing);
    // What an officer decided stays, with an issue for review, rather than the file's older value.
    const next: NormalizedRecord = { ...record };
    const known = existing.issues ? (JSON.parse(existing.issues) as RecordIssue[]) : [];
    const kept = this.decided.keep(record.record_id, existing, next, known, source, now);
    if (kept.length === 0) {
      this.historyStmt.run(seq, now, storedSource(source), JSON.stringify(previous));
      this.updateStmt.run(...values, issues, item.issues.length, digest, now, seq);
      return { outcome: 'updated', seq };
    }
    const allIssues = [...item.issues, ...kept];
    const keptValues = storedValues(next);
    const keptIssues = JSON.stringify(allIssues);
    const keptDigest = digestOf(keptValues, keptIssues);
    if (keptDigest === storedDigest) return { outcome: 'unchanged', seq, kept };
    if (sameValues(storedValues(existing), keptValues) && sameIssues(existing.issues, allIssues)) {
      this.refreshIssuesStmt.run(keptIssues, keptDigest, seq);
      return { outcome: 'unchanged', seq, kept };
    }
    this.historyStmt.run(seq, now, storedSource(source), JSON.stringify(previous));
    this.updateStmt.run(...keptValues, keptIssues, allIssues.length, keptDigest, now, seq);
    return { outcome: 'updated', seq, kept };
  }

  /**
   * Corrects one value of a record (an officer found the paper right): the values before go to the history,
   * and the record's fingerprint follows so the next import of the old file shows as an update.
   */
  correctField(recordId: string, field: RecordValueField | OwnerFactField, value: string | null, source: HistorySource, now = new Date().toISOString()): void {
    const existing = this.byId.get(recordId);
    if (!existing) return;
    const previous = previousValues(existing);
    const next = { ...existing, [field]: value };
    const values = storedValues(next);
    const count = existing.issues ? (JSON.parse(existing.issues) as unknown[]).length : 0;
    this.db.transaction(() => {
      this.historyStmt.run(existing.seq, now, storedSource(source), JSON.stringify(previous));
      this.updateStmt.run(...values, existing.issues, count, digestOf(values, existing.issues), now, existing.seq);
    })();
  }

  count(): number {
    return this.countStmt.get()!.n;
  }

  countWithIssues(): number {
    return this.countIssuesStmt.get()!.n;
  }

  /** A window of records in import order; the unfiltered window is a seq range so scrolling to the end stays fast. */
  list(offset: number, limit: number, withIssuesOnly: boolean): StationRecord[] {
    const rows = withIssuesOnly
      ? this.db
          .prepare<[number, number], RecordRow>(
            `SELECT seq, ${COLUMNS}, issues FROM records WHERE issue_count > 0 ORDER BY seq LIMIT ? OFFSET ?`,
          )
          .all(limit, offset)
      : this.db
          .prepare<[number, number], RecordRow>(`SELECT seq, ${COLUMNS}, issues FROM records WHERE seq > ? ORDER BY seq LIMIT ?`)
          .all(offset, limit);
    return rows.map(toStored);
  }

  getBySeqs(seqs: readonly number[]): Map<number, StationRecord> {
    const result = new Map<number, StationRecord>();
    if (seqs.length === 0) return result;
    // Lookups ask for a handful of seqs, many times a second (declarations compare 100,000 in a row): the
    // statement for each small count is compiled once.
    let statement = this.bySeqsStmts.get(seqs.length);
    if (!statement) {
      statement = this.db.prepare<number[], RecordRow>(`SELECT seq, ${COLUMNS}, issues FROM records WHERE seq IN (${seqs.map(() => '?').join(',')})`);
      if (seqs.length <= 32) this.bySeqsStmts.set(seqs.length, statement);
    }
    const rows = statement.all(...seqs);
    for (const row of rows) result.set(row.seq, toStored(row));
    return result;
  }

  /** A record's seq by its id, read from the id's index alone (no row): for a caller that only needs which record it is. */
  seqOf(recordId: string): number | undefined {
    return this.db.prepare<[string], number>('SELECT seq FROM records WHERE record_id = ?').pluck().get(recordId);
  }

  getById(recordId: string): (StationRecord & { seq: number }) | undefined {
    const row = this.byId.get(recordId);
    return row ? { ...toStored(row), seq: row.seq } : undefined;
  }

  history(seq: number): HistoryEntry[] {
    return this.db
      .prepare<[number], { changed_at: string; source: string; values_json: string }>(
        'SELECT changed_at, source, values_json FROM record_history WHERE record_seq = ? ORDER BY id DESC',
      )
      .all(seq)
      .map((r) => ({ changed_at: r.changed_at, ...sourceOf(r.source), values: JSON.parse(r.values_json) as Record<string, string | null> }));
  }

  /** The lookup keys of the records after `seq`, in seq order, a chunk at a time (for building the index). */
  keysAfter(seq: number, limit: number): RecordKeys[] {
    return this.keysAfterStmt.all(seq, limit);
  }
}

/** The values a history entry keeps; the birth date only once a record has had one. */
function previousValues(existing: RecordRow): Record<string, string | null> {
  const previous: Record<string, string | null> = {};
  for (const f of STORED_FIELDS as readonly StoredField[]) {
    const value = existing[f] ?? null;
    if (f !== 'owner_birth_date' || value !== null) previous[f] = value;
  }
  return previous;
}

function toStored(row: RecordRow): StationRecord {
  const { seq: _seq, issues, ...rest } = row;
  return { ...rest, issues: issues ? (JSON.parse(issues) as RecordIssue[]) : [] };
}
