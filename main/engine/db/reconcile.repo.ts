import type { Db } from './database';
import type { Difference, ReconcileStatus, RegisterPerson, SubjectKind } from '../reconcile/subject';

export interface StoredReconciliation {
  subject_seq: number;
  status: ReconcileStatus;
  personal_id: string | null;
  differences: Difference[];
}

/** A record's owner facts joined with the resident holding its ID as personal ID (if any). */
export interface OwnerRow {
  seq: number;
  record_id: string;
  owner_id: string | null;
  owner_name: string | null;
  owner_birth_date: string | null;
  address: string | null;
  resident: RegisterPerson | null;
  /** When no resident has the ID as personal ID: the (first) resident holding it as former CMND. */
  former: RegisterPerson | null;
}

export interface ReconcileDecisionRow {
  id: number;
  field: string;
  action: string;
  record_value: string | null;
  register_value: string | null;
  user: string;
  reason: string | null;
  decided_at: string;
}

type Text = string | null;
type JoinedRow = [number, string, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text];

/** All SQL about reconciliation results (one row per subject and kind) and the officers' decisions on them. */
export class ReconcileRepo {
  private readonly upsertStmt;
  private readonly ownersAfterStmt;
  private readonly ownerByIdStmt;

  constructor(private readonly db: Db) {
    this.upsertStmt = db.prepare(
      'INSERT OR REPLACE INTO reconciliations (subject_kind, subject_seq, status, personal_id, differences, checked_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    // One pass in SQLite: the resident by personal ID, else by former CMND (several residents with one former
    // CMND give several rows of one record; the first is taken).
    const joined =
      'SELECT r.seq, r.record_id, r.owner_id, r.owner_name, r.owner_birth_date, r.address, p.personal_id, p.full_name, p.birth_date, p.former_id, p.address, ' +
      'f.personal_id, f.full_name, f.birth_date, f.former_id, f.address ' +
      'FROM records r LEFT JOIN residents p ON p.personal_id = r.owner_id LEFT JOIN residents f ON p.seq IS NULL AND f.former_id = r.owner_id';
    this.ownersAfterStmt = db.prepare<[number, number], JoinedRow>(`${joined} WHERE r.seq > ? ORDER BY r.seq LIMIT ?`).raw();
    this.ownerByIdStmt = db.prepare<[string], JoinedRow>(`${joined} WHERE r.record_id = ?`).raw();
  }

  /** Runs `work` in one transaction (a full pass replaces every result at once, or none). */
  atomically<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** Record owners after `seq`, in seq order, each with the resident whose personal ID it holds. */
  ownersAfter(seq: number, limit: number): OwnerRow[] {
    const rows: OwnerRow[] = [];
    for (const row of this.ownersAfterStmt.all(seq, limit)) if (rows.length === 0 || rows[rows.length - 1]!.seq !== row[0]) rows.push(toOwnerRow(row));
    return rows;
  }

  ownerOf(recordId: string): OwnerRow | undefined {
    const row = this.ownerByIdStmt.get(recordId);
    return row ? toOwnerRow(row) : undefined;
  }

  clear(kind: SubjectKind): void {
    this.db.prepare('DELETE FROM reconciliations WHERE subject_kind = ?').run(kind);
  }

  store(kind: SubjectKind, seq: number, result: Omit<StoredReconciliation, 'subject_seq'>, now: string): void {
    const differences = result.differences.length ? JSON.stringify(result.differences) : null;
    this.upsertStmt.run(kind, seq, result.status, result.personal_id, differences, now);
  }

  counts(kind: SubjectKind): Record<string, number> {
    const rows = this.db
      .prepare<[string], { status: string; n: number }>('SELECT status, count(*) AS n FROM reconciliations WHERE subject_kind = ? GROUP BY status')
      .all(kind);
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }

  /** Owner results in record order with their record ids, streamed; `notMatching` leaves out `match`. */
  *ownerResults(notMatching: boolean, status?: ReconcileStatus): Generator<StoredReconciliation & { record_id: string }> {
    const where = status ? "AND c.status = ?" : notMatching ? "AND c.status <> 'match'" : '';
    const rows = this.db
      .prepare<unknown[], { subject_seq: number; record_id: string; status: ReconcileStatus; personal_id: string | null; differences: string | null }>(
        `SELECT c.subject_seq, r.record_id, c.status, c.personal_id, c.differences FROM reconciliations c JOIN records r ON r.seq = c.subject_seq ` +
          `WHERE c.subject_kind = 'owner' ${where} ORDER BY c.subject_seq`,
      )
      .iterate(...(status ? [status] : []));
    for (const row of rows) yield { ...row, differences: row.differences ? (JSON.parse(row.differences) as Difference[]) : [] };
  }

  /** A window of owner results (one status, or every one not matching) and its size, for the Owners screen. */
  ownerWindow(status: ReconcileStatus | 'not_match', offset: number, limit: number): { total: number; rows: (StoredReconciliation & { record_id: string })[] } {
    const where = status === 'not_match' ? "c.status <> 'match'" : 'c.status = ?';
    const args = status === 'not_match' ? [] : [status];
    const total = this.db.prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM reconciliations c WHERE c.subject_kind = 'owner' AND ${where}`).get(...args)!.n;
    const rows = this.db
      .prepare<unknown[], { subject_seq: number; record_id: string; status: ReconcileStatus; personal_id: string | null; differences: string | null }>(
        `SELECT c.subject_seq, r.record_id, c.status, c.personal_id, c.differences FROM reconciliations c JOIN records r ON r.seq = c.subject_seq ` +
          `WHERE c.subject_kind = 'owner' AND ${where} ORDER BY c.subject_seq LIMIT ? OFFSET ?`,
      )
      .all(...args, limit, offset);
    return { total, rows: rows.map((row) => ({ ...row, differences: row.differences ? (JSON.parse(row.differences) as Difference[]) : [] })) };
  }

  latestDecision(kind: SubjectKind, seq: number, field: string): ReconcileDecisionRow | undefined {
    return this.db
      .prepare<[string, number, string], ReconcileDecisionRow>(
        'SELECT d.id, d.field, d.action, d.record_value, d.register_value, u.name AS user, d.reason, d.decided_at FROM reconcile_decisions d ' +
          'JOIN users u ON u.id = d.user_id WHERE d.subject_kind = ? AND d.subject_seq = ? AND d.field = ? ORDER BY d.id DESC LIMIT 1',
      )
      .get(kind, seq, field);
  }

  insertDecision(kind: SubjectKind, seq: number, userId: number, d: Omit<ReconcileDecisionRow, 'id' | 'user'>): void {
    this.db
      .prepare(
        'INSERT INTO reconcile_decisions (subject_kind, subject_seq, field, action, record_value, register_value, user_id, reason, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(kind, seq, d.field, d.action, d.record_value, d.register_value, userId, d.reason, d.decided_at);
  }
}

function toOwnerRow(r: JoinedRow): OwnerRow {
  return {
    seq: r[0],
    record_id: r[1],
    owner_id: r[2],
    owner_name: r[3],
    owner_birth_date: r[4],
    address: r[5],
    resident: r[6] === null ? null : { personal_id: r[6], full_name: r[7], birth_date: r[8], former_id: r[9], address: r[10] },
    former: r[11] === null ? null : { personal_id: r[11], full_name: r[12], birth_date: r[13], former_id: r[14], address: r[15] },
  };
}
