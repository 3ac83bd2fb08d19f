import type { Db } from './database';
import { valuesDigest } from './digest';
import { upsertByKey } from './keyed-upsert';
import type { UpsertResult } from './records.repo';
import { storedSource, type HistorySource } from './history-source';
import { sameIssues, sameValues } from './same-record';
import type { KeyedRow } from '../reconcile/keyed-import';
import { nameKey } from '../reconcile/reconcile-subject';
import type { RegisterLookup, RegisterPerson } from '../reconcile/subject';
import type { SeqRowMarks } from '../records/rows-seen';
import { RESIDENT_FIELDS, type Resident } from '../domain/resident';

const VALUE_FIELDS = RESIDENT_FIELDS.filter((f) => f !== 'personal_id');

/**
 * The register's secondary indexes that a large import drops and builds again at its end (as migration 009
 * defines them): one sort at the end costs far less than a million random inserts into each.
 */
const LOOKUP_INDEXES = [
  'CREATE INDEX IF NOT EXISTS residents_by_name_birth ON residents(name_key, birth_date)',
  'CREATE INDEX IF NOT EXISTS residents_by_created ON residents(created_at)',
];
const COLUMNS = RESIDENT_FIELDS.join(', ');

interface ResidentRow extends Resident {
  seq: number;
}

/** All SQL about the population register extract. Residents are never deleted; a re-import updates with history. */
export class ResidentsRepo implements RegisterLookup {
  private readonly digestById;
  private readonly byIdStmt;
  private readonly byFormerStmt;
  private readonly byNameBirthStmt;
  private readonly byNameStmt;
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly issuesStmt;
  private readonly refreshIssuesStmt;
  private readonly historyStmt;
  private readonly upsertTx;

  constructor(private readonly db: Db) {
    // An import killed while its indexes were dropped leaves them missing: they are built again here.
    this.createLookupIndexes();
    this.digestById = db.prepare<[string], [number, number]>('SELECT seq, digest FROM residents WHERE personal_id = ?').raw();
    this.byIdStmt = db.prepare<[string], ResidentRow>(`SELECT seq, ${COLUMNS} FROM residents WHERE personal_id = ?`);
    this.byFormerStmt = db.prepare<[string], ResidentRow>(`SELECT seq, ${COLUMNS} FROM residents WHERE former_id = ? ORDER BY seq LIMIT 10`);
    this.byNameBirthStmt = db.prepare<[string, string], ResidentRow>(`SELECT seq, ${COLUMNS} FROM residents WHERE name_key = ? AND birth_date = ? ORDER BY seq LIMIT 20`);
    this.byNameStmt = db.prepare<[string], ResidentRow>(`SELECT seq, ${COLUMNS} FROM residents WHERE name_key = ? ORDER BY seq LIMIT 20`);
    this.insertStmt = db.prepare(
      `INSERT INTO residents (${COLUMNS}, name_key, issues, digest, created_at, updated_at) VALUES (${RESIDENT_FIELDS.map(() => '?').join(', ')}, ?, ?, ?, ?, ?)`,
    );
    this.issuesStmt = db.prepare<[number], { issues: string | null }>('SELECT issues FROM residents WHERE seq = ?');
    this.refreshIssuesStmt = db.prepare('UPDATE residents SET issues = ?, digest = ? WHERE seq = ?');
    this.updateStmt = db.prepare(`UPDATE residents SET ${VALUE_FIELDS.map((f) => `${f} = ?`).join(', ')}, name_key = ?, issues = ?, digest = ?, updated_at = ? WHERE seq = ?`);
    this.historyStmt = db.prepare('INSERT INTO resident_history (resident_seq, changed_at, source, values_json) VALUES (?, ?, ?, ?)');
    this.upsertTx = db.transaction((batch: KeyedRow<Resident>[], source: HistorySource, seen: SeqRowMarks, now: string) =>
      batch.map((row) => this.upsertOne(row, source, seen, now)),
    );
  }

  /** Stores a batch in one transaction (see KeyedTable.upsertBatch). */
  upsertBatch(batch: KeyedRow<Resident>[], source: HistorySource, seen: SeqRowMarks, now = new Date().toISOString()): UpsertResult[] {
    return this.upsertTx(batch, source, seen, now);
  }

  private upsertOne(row: KeyedRow<Resident>, source: HistorySource, seen: SeqRowMarks, now: string): UpsertResult {
    const resident = row.item;
    const values = VALUE_FIELDS.map((f) => resident[f]);
    const issues = row.issues.length ? JSON.stringify(row.issues) : null;
    const digest = valuesDigest([...values, issues]);
    const key = resident.full_name === null ? null : nameKey(resident.full_name);
    return upsertByKey(row.row, seen, {
      found: this.digestById.get(resident.personal_id),
      digest,
      insert: () => Number(this.insertStmt.run(resident.personal_id, ...values, key, issues, digest, now, now).lastInsertRowid),
      update: (seq) => {
        const previous = this.byIdStmt.get(resident.personal_id)!;
        if (sameValues(VALUE_FIELDS.map((f) => previous[f]), values) && sameIssues(this.issuesStmt.get(seq)?.issues ?? null, row.issues)) {
          // Same person, the issues stored in an older form: they take the coded form, with no history entry.
          this.refreshIssuesStmt.run(issues, digest, seq);
          return { outcome: 'unchanged', seq };
        }
        const before: Record<string, string | null> = {};
        for (const f of VALUE_FIELDS) before[f] = previous[f];
        this.historyStmt.run(seq, now, storedSource(source), JSON.stringify(before));
        this.updateStmt.run(...values, key, issues, digest, now, seq);
        return undefined;
      },
    });
  }

  dropLookupIndexes(): void {
    this.db.exec('DROP INDEX IF EXISTS residents_by_name_birth; DROP INDEX IF EXISTS residents_by_created;');
  }

  createLookupIndexes(): void {
    for (const sql of LOOKUP_INDEXES) this.db.exec(sql);
  }

  byPersonalId(id: string): RegisterPerson | undefined {
    return this.byIdStmt.get(id);
  }

  byFormerId(id: string): RegisterPerson[] {
    return this.byFormerStmt.all(id);
  }

  byNameAndBirth(key: string, birthDate: string | null): RegisterPerson[] {
    return birthDate === null ? this.byNameStmt.all(key) : this.byNameBirthStmt.all(key, birthDate);
  }

  /** True once any resident is stored (cheap on a register of millions, unlike count). */
  hasAny(): boolean {
    return this.db.prepare('SELECT 1 FROM residents LIMIT 1').get() !== undefined;
  }

  count(): number {
    return this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM residents').get()!.n;
  }

  /** Residents first imported on or after `since` (an ISO time). */
  countCreatedSince(since: string): number {
    return this.db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM residents WHERE created_at >= ?').get(since)!.n;
  }
}
