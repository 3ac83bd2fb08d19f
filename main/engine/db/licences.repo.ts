import type { Db } from './database';
import { valuesDigest } from './digest';
import { upsertByKey } from './keyed-upsert';
import type { UpsertResult } from './records.repo';
import { sourceOf, storedSource, type HistorySource } from './history-source';
import { sameIssues, sameValues } from './same-record';
import type { EngineMessage } from '../domain/messages/message';
import type { KeyedIssue, KeyedRow } from '../reconcile/keyed-import';
import { AuditRepo } from './audit.repo';
import { DecidedLicenceFields } from './decided-licence-fields';
import { nameKey } from '../reconcile/reconcile-subject';
import type { SeqRowMarks } from '../records/rows-seen';
import { LICENCE_FIELDS, type Licence, type LicenceField } from '../licences/licence-columns';
import type { LicenceView } from '../domain/licence';

const VALUE_FIELDS = LICENCE_FIELDS.filter((f) => f !== 'licence_no');
const COLUMNS = LICENCE_FIELDS.join(', ');
/** The indexes a bulk import drops and builds again at its end (as migration 011 defines them). */
const LOOKUP_INDEXES = [
  'CREATE INDEX IF NOT EXISTS licences_by_personal_id ON licences(personal_id) WHERE personal_id IS NOT NULL',
  'CREATE INDEX IF NOT EXISTS licences_by_name_birth ON licences(name_key, birth_date)',
  'CREATE INDEX IF NOT EXISTS licences_by_created ON licences(created_at)',
];

/** A licence as stored (the domain's LicenceView) with its row's key. */
export interface StoredLicence extends LicenceView {
  seq: number;
}

interface LicenceRow extends Licence {
  seq: number;
  issues: string | null;
}

export interface LicenceHistoryEntry {
  changed_at: string;
  /** In English; `text` its code (entries written before sources were coded have only the English). */
  source: string;
  text?: EngineMessage;
  values: Partial<Record<LicenceField, string | null>>;
}

/** All SQL about driving-licence records. Licences are never deleted; a re-import or a correction keeps history. */
export class LicencesRepo {
  private readonly digestByNo;
  private readonly byNoStmt;
  private readonly refreshIssuesStmt;
  private readonly byPersonalIdStmt;
  private readonly byNameBirthStmt;
  private readonly byNameStmt;
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly historyStmt;
  private readonly keysAfterStmt;
  private readonly upsertTx;
  private readonly decided: DecidedLicenceFields;

  constructor(private readonly db: Db) {
    this.decided = new DecidedLicenceFields(db, new AuditRepo(db));
    // An import killed while its indexes were dropped leaves them missing: they are built again here.
    this.createLookupIndexes();
    this.digestByNo = db.prepare<[string], [number, number]>('SELECT seq, digest FROM licences WHERE licence_no = ?').raw();
    this.byNoStmt = db.prepare<[string], LicenceRow>(`SELECT seq, ${COLUMNS}, issues FROM licences WHERE licence_no = ?`);
    this.byPersonalIdStmt = db.prepare<[string], LicenceRow>(`SELECT seq, ${COLUMNS}, issues FROM licences WHERE personal_id = ? ORDER BY seq LIMIT 20`);
    this.byNameBirthStmt = db.prepare<[string, string], LicenceRow>(
      `SELECT seq, ${COLUMNS}, issues FROM licences WHERE name_key = ? AND birth_date = ? ORDER BY seq LIMIT 20`,
    );
    this.byNameStmt = db.prepare<[string], LicenceRow>(`SELECT seq, ${COLUMNS}, issues FROM licences WHERE name_key = ? ORDER BY seq LIMIT 20`);
    this.insertStmt = db.prepare(
      `INSERT INTO licences (${COLUMNS}, name_key, issues, digest, created_at, updated_at) VALUES (${LICENCE_FIELDS.map(() => '?').join(', ')}, ?, ?, ?, ?, ?)`,
    );
    this.refreshIssuesStmt = db.prepare('UPDATE licences SET issues = ?, digest = ? WHERE seq = ?');
    this.updateStmt = db.prepare(`UPDATE licences SET ${VALUE_FIELDS.map((f) => `${f} = ?`).join(', ')}, name_key = ?, issues = ?, digest = ?, updated_at = ? WHERE seq = ?`);
    this.historyStmt = db.prepare('INSERT INTO licence_history (licence_seq, changed_at, source, values_json) VALUES (?, ?, ?, ?)');
    this.keysAfterStmt = db.prepare<[number, number], { seq: number; licence_no: string; personal_id: string | null }>(
      'SELECT seq, licence_no, personal_id FROM licences WHERE seq > ? ORDER BY seq LIMIT ?',
    );
    this.upsertTx = db.transaction((batch: KeyedRow<Licence>[], source: HistorySource, seen: SeqRowMarks, now: string) =>
      batch.map((row) => this.upsertOne(row, source, seen, now)),
    );
  }

  /** Stores a batch in one transaction (see KeyedTable.upsertBatch). */
  upsertBatch(batch: KeyedRow<Licence>[], source: HistorySource, seen: SeqRowMarks, now = new Date().toISOString()): UpsertResult[] {
    return this.upsertTx(batch, source, seen, now);
  }

  private upsertOne(row: KeyedRow<Licence>, source: HistorySource, seen: SeqRowMarks, now: string): UpsertResult {
    const licence = row.item;
    const values = VALUE_FIELDS.map((f) => licence[f]);
    const issues = row.issues.length ? JSON.stringify(row.issues) : null;
    const digest = valuesDigest([...values, issues]);
    const key = licence.full_name === null ? null : nameKey(licence.full_name);
    return upsertByKey(row.row, seen, {
      found: this.digestByNo.get(licence.licence_no),
      digest,
      insert: () => Number(this.insertStmt.run(licence.licence_no, ...values, key, issues, digest, now, now).lastInsertRowid),
      update: (seq, stored) => {
        const previous = this.byNoStmt.get(licence.licence_no)!;
        if (sameValues(VALUE_FIELDS.map((f) => previous[f]), values) && sameIssues(previous.issues, row.issues)) {
          // Same licence, its issues stored in an older form: they take the coded form, with no history entry.
          this.refreshIssuesStmt.run(issues, digest, seq);
          return { outcome: 'unchanged', seq };
        }
        const written = this.updateKeepingDecided(seq, stored, row, source, now);
        if (written) return written;
        this.updateStmt.run(...values, key, issues, digest, now, seq);
        return undefined;
      },
    });
  }

  /**
   * Keeps the stored values as history and, where an officer decided values the file would replace, writes the row
   * keeping them (the outcome names them as `kept`); null when none was decided: the caller writes the row as read.
   */
  private updateKeepingDecided(seq: number, stored: number, row: KeyedRow<Licence>, source: HistorySource, now: string): UpsertResult | null {
    const licence = row.item;
    const previous = this.byNoStmt.get(licence.licence_no)!;
    // What an officer decided on a scanned card stays, with an issue for review, rather than the file's older value.
    const next: Licence = { ...licence };
    const known = previous.issues ? (JSON.parse(previous.issues) as KeyedIssue[]) : [];
    const kept = this.decided.keep(licence.licence_no, previous, next, known, source, now);
    if (kept.length === 0) {
      this.keepHistory(previous, source, now);
      return null;
    }
    const keptValues = VALUE_FIELDS.map((f) => next[f]);
    const keptIssues = JSON.stringify([...row.issues, ...kept]);
    const keptDigest = valuesDigest([...keptValues, keptIssues]);
    if (keptDigest === stored) return { outcome: 'unchanged', seq, kept };
    if (sameValues(VALUE_FIELDS.map((f) => previous[f]), keptValues) && sameIssues(previous.issues, [...row.issues, ...kept])) {
      this.refreshIssuesStmt.run(keptIssues, keptDigest, seq);
      return { outcome: 'unchanged', seq, kept };
    }
    this.keepHistory(previous, source, now);
    this.updateStmt.run(...keptValues, next.full_name === null ? null : nameKey(next.full_name), keptIssues, keptDigest, now, seq);
    return { outcome: 'updated', seq, kept };
  }

  private keepHistory(previous: LicenceRow, source: HistorySource, now: string): void {
    const before: Record<string, string | null> = {};
    for (const f of VALUE_FIELDS) before[f] = previous[f];
    this.historyStmt.run(previous.seq, now, storedSource(source), JSON.stringify(before));
  }

  /** An officer's correction of one field (the register's or the scanned card's value taken in), the old values kept in history. */
  correctField(licenceNo: string, field: Exclude<LicenceField, 'licence_no'>, value: string | null, source: HistorySource, now = new Date().toISOString()): void {
    const previous = this.byNoStmt.get(licenceNo);
    if (!previous) return;
    const next: Licence = { ...previous, [field]: value };
    const values = VALUE_FIELDS.map((f) => next[f]);
    const key = next.full_name === null ? null : nameKey(next.full_name);
    this.db.transaction(() => {
      this.keepHistory(previous, source, now);
      this.updateStmt.run(...values, key, previous.issues, valuesDigest([...values, previous.issues]), now, previous.seq);
    })();
  }

  dropLookupIndexes(): void {
    this.db.exec('DROP INDEX IF EXISTS licences_by_personal_id; DROP INDEX IF EXISTS licences_by_name_birth; DROP INDEX IF EXISTS licences_by_created;');
  }

  createLookupIndexes(): void {
    for (const sql of LOOKUP_INDEXES) this.db.exec(sql);
  }

  byNumber(licenceNo: string): StoredLicence | undefined {
    const row = this.byNoStmt.get(licenceNo);
    return row ? stored(row) : undefined;
  }

  byPersonalId(id: string): StoredLicence[] {
    return this.byPersonalIdStmt.all(id).map(stored);
  }

  /** Licences whose folded holder name is `key`, born on `birthDate` (null: any). */
  byNameAndBirth(key: string, birthDate: string | null): StoredLicence[] {
    return (birthDate === null ? this.byNameStmt.all(key) : this.byNameBirthStmt.all(key, birthDate)).map(stored);
  }

  bySeqs(seqs: readonly number[]): Map<number, StoredLicence> {
    const out = new Map<number, StoredLicence>();
    if (seqs.length === 0) return out;
    const rows = this.db.prepare<number[], LicenceRow>(`SELECT seq, ${COLUMNS}, issues FROM licences WHERE seq IN (${seqs.map(() => '?').join(', ')})`).all(...seqs);
    for (const row of rows) out.set(row.seq, stored(row));
    return out;
  }

  /** The searchable keys of licences after `seq`, in seq order (to fill the lookup index). */
  keysAfter(seq: number, limit: number): { seq: number; licence_no: string; personal_id: string | null }[] {
    return this.keysAfterStmt.all(seq, limit);
  }

  /** The licence's earlier versions, newest first (as a record's). */
  history(seq: number): LicenceHistoryEntry[] {
    return this.db
      .prepare<[number], { changed_at: string; source: string; values_json: string }>(
        'SELECT changed_at, source, values_json FROM licence_history WHERE licence_seq = ? ORDER BY id DESC',
      )
      .all(seq)
      .map((r) => ({ changed_at: r.changed_at, ...sourceOf(r.source), values: JSON.parse(r.values_json) as LicenceHistoryEntry['values'] }));
  }

  count(): number {
    return this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM licences').get()!.n;
  }

  /** Licences first imported on or after `since` (an ISO time). */
  countCreatedSince(since: string): number {
    return this.db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM licences WHERE created_at >= ?').get(since)!.n;
  }
}

function stored(row: LicenceRow): StoredLicence {
  return { ...row, issues: row.issues ? (JSON.parse(row.issues) as StoredLicence['issues']) : [] };
}
