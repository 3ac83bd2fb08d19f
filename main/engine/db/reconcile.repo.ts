import type { Statement } from 'better-sqlite3';
import type { Db } from './database';
import type { Difference, ReconcileStatus, RegisterPerson, SubjectKind } from '../reconcile/subject';

export interface StoredReconciliation {
  subject_seq: number;
  status: ReconcileStatus;
  personal_id: string | null;
  differences: Difference[];
}

/**
 * Where each kind of subject keeps the person's facts: its table, its key and the columns of ID, name, birth date
 * and address (a licence has none).
 */
const SUBJECT_TABLES: Record<SubjectKind, { table: string; key: string; id: string; name: string; birth: string; address: string | null }> = {
  owner: { table: 'records', key: 'record_id', id: 'owner_id', name: 'owner_name', birth: 'owner_birth_date', address: 'address' },
  licence: { table: 'licences', key: 'licence_no', id: 'personal_id', name: 'full_name', birth: 'birth_date', address: null },
};

/** A subject's facts joined with the resident holding its ID as personal ID (if any). */
export interface SubjectRow {
  seq: number;
  /** The subject's own key: a record id, a licence number. */
  key: string;
  personal_id: string | null;
  name: string | null;
  birth_date: string | null;
  address: string | null;
  resident: RegisterPerson | null;
  /** When no resident has the ID as personal ID: the (first) resident holding it as former CMND. */
  former: RegisterPerson | null;
}

/** A stored result with its subject's key. */
export type KeyedReconciliation = StoredReconciliation & { key: string };

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
interface JoinedStatements {
  between: Statement<[number, number], JoinedRow>;
  inList: Statement<[string], JoinedRow>;
  byKey: Statement<[string], JoinedRow>;
}
type JoinedRow = [number, string, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text];

/** All SQL about reconciliation results (one row per subject and kind) and the officers' decisions on them. */
export class ReconcileRepo {
  private readonly upsertStmt;
  private readonly joined = new Map<SubjectKind, JoinedStatements>();

  constructor(private readonly db: Db) {
    this.upsertStmt = db.prepare(
      'INSERT OR REPLACE INTO reconciliations (subject_kind, subject_seq, status, personal_id, differences, checked_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
  }

  /**
   * One pass in SQLite: the resident by personal ID, else by former CMND (several residents with one former CMND
   * give several rows of one subject; the first is taken).
   */
  private joinedOf(kind: SubjectKind): JoinedStatements {
    let statements = this.joined.get(kind);
    if (!statements) {
      const t = SUBJECT_TABLES[kind];
      const joined =
        `SELECT s.seq, s.${t.key}, s.${t.id}, s.${t.name}, s.${t.birth}, ${t.address ? `s.${t.address}` : 'NULL'}, ` +
        'p.personal_id, p.full_name, p.birth_date, p.former_id, p.address, f.personal_id, f.full_name, f.birth_date, f.former_id, f.address ' +
        `FROM ${t.table} s LEFT JOIN residents p ON p.personal_id = s.${t.id} LEFT JOIN residents f ON p.seq IS NULL AND f.former_id = s.${t.id}`;
      statements = {
        between: this.db.prepare<[number, number], JoinedRow>(`${joined} WHERE s.seq BETWEEN ? AND ? ORDER BY s.seq`).raw(),
        inList: this.db.prepare<[string], JoinedRow>(`${joined} WHERE s.seq IN (SELECT value FROM json_each(?)) ORDER BY s.seq`).raw(),
        byKey: this.db.prepare<[string], JoinedRow>(`${joined} WHERE s.${t.key} = ?`).raw(),
      };
      this.joined.set(kind, statements);
    }
    return statements;
  }

  /** Runs `work` in one transaction (a full pass replaces every result at once, or none). */
  atomically<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** Subjects of a kind with `from` ≤ seq ≤ `to`, in seq order, each with the resident whose personal ID it holds. */
  subjectsBetween(kind: SubjectKind, from: number, to: number): SubjectRow[] {
    return firstOfEach(this.joinedOf(kind).between.all(from, to));
  }

  /**
   * The subjects with these seqs (those that exist), in seq order, as `subjectsBetween` gives them: one statement
   * for the lot, rather than one per subject (an import checks each batch it stored this way).
   */
  subjectsAt(kind: SubjectKind, seqs: readonly number[]): SubjectRow[] {
    if (seqs.length === 0) return [];
    let low = seqs[0]!;
    let high = low;
    for (const seq of seqs) {
      if (seq < low) low = seq;
      else if (seq > high) high = seq;
    }
    // Seqs close together (an import's new rows) are read as a range and the others left out.
    if (high - low < 2 * seqs.length) {
      const wanted = new Set(seqs);
      return this.subjectsBetween(kind, low, high).filter((row) => wanted.has(row.seq));
    }
    return firstOfEach(this.joinedOf(kind).inList.all(JSON.stringify(seqs)));
  }

  /** The lowest and highest seq of a kind's subjects (null when there are none). */
  subjectSeqRange(kind: SubjectKind): { first: number; last: number } | null {
    const t = SUBJECT_TABLES[kind].table;
    const range = this.db.prepare<[], { first: number | null; last: number | null }>(`SELECT min(seq) AS first, max(seq) AS last FROM ${t}`).get()!;
    return range.first === null || range.last === null ? null : { first: range.first, last: range.last };
  }

  subjectOf(kind: SubjectKind, key: string): SubjectRow | undefined {
    const row = this.joinedOf(kind).byKey.get(key);
    return row ? toSubjectRow(row) : undefined;
  }

  /** How many subjects of a kind exist (records, licences). */
  subjectCount(kind: SubjectKind): number {
    return this.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${SUBJECT_TABLES[kind].table}`).get()!.n;
  }

  /**
   * The subjects whose result may change now that the register's people with these IDs (personal or former) and
   * birth dates changed: a subject holding one of the IDs, a result naming one as the person (a legacy CMND the
   * resident no longer carries), a `no_id` subject born on one of the dates or proposed one as candidate, and every
   * subject never checked yet. One pass over the subjects, however many people changed.
   */
  seqsTouching(kind: SubjectKind, ids: Iterable<string>, births: Iterable<string>): number[] {
    const t = SUBJECT_TABLES[kind];
    this.db.exec(
      'CREATE TEMP TABLE IF NOT EXISTS touched_ids (id TEXT PRIMARY KEY) WITHOUT ROWID; CREATE TEMP TABLE IF NOT EXISTS touched_births (birth TEXT PRIMARY KEY) WITHOUT ROWID;' +
        'DELETE FROM temp.touched_ids; DELETE FROM temp.touched_births;',
    );
    this.atomically(() => {
      const id = this.db.prepare('INSERT OR IGNORE INTO temp.touched_ids (id) VALUES (?)');
      for (const value of ids) id.run(value);
      const birth = this.db.prepare('INSERT OR IGNORE INTO temp.touched_births (birth) VALUES (?)');
      for (const value of births) birth.run(value);
    });
    const seqs = this.db
      .prepare<[string, string, string], number>(
        `SELECT s.seq FROM ${t.table} s WHERE s.${t.id} IN (SELECT id FROM temp.touched_ids) ` +
          'UNION SELECT c.subject_seq FROM reconciliations c WHERE c.subject_kind = ? AND c.personal_id IN (SELECT id FROM temp.touched_ids) ' +
          `UNION SELECT c.subject_seq FROM reconciliations c JOIN ${t.table} s ON s.seq = c.subject_seq WHERE c.subject_kind = ? AND c.status = 'no_id' ` +
          `AND (s.${t.birth} IN (SELECT birth FROM temp.touched_births) OR EXISTS (SELECT 1 FROM json_each(coalesce(c.differences, '[]')) d ` +
          "WHERE json_extract(d.value, '$.register_value') IN (SELECT id FROM temp.touched_ids))) " +
          `UNION SELECT s.seq FROM ${t.table} s WHERE NOT EXISTS (SELECT 1 FROM reconciliations c WHERE c.subject_kind = ? AND c.subject_seq = s.seq) ` +
          'ORDER BY 1',
      )
      .pluck()
      .all(kind, kind, kind);
    this.db.exec('DELETE FROM temp.touched_ids; DELETE FROM temp.touched_births;');
    return seqs;
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

  /** Results of a kind in subject order with their keys, streamed; `notMatching` leaves out `match`. */
  *results(kind: SubjectKind, notMatching: boolean, status?: ReconcileStatus): Generator<KeyedReconciliation> {
    const t = SUBJECT_TABLES[kind];
    const where = status ? 'AND c.status = ?' : notMatching ? "AND c.status <> 'match'" : '';
    const rows = this.db
      .prepare<unknown[], ResultRow>(
        `SELECT c.subject_seq, s.${t.key} AS key, c.status, c.personal_id, c.differences FROM reconciliations c JOIN ${t.table} s ON s.seq = c.subject_seq ` +
          `WHERE c.subject_kind = ? ${where} ORDER BY c.subject_seq`,
      )
      .iterate(kind, ...(status ? [status] : []));
    for (const row of rows) yield withDifferences(row);
  }

  /** A window of results of a kind (one status, or every one not matching) and its size, for a screen. */
  window(kind: SubjectKind, status: ReconcileStatus | 'not_match', offset: number, limit: number): { total: number; rows: KeyedReconciliation[] } {
    const t = SUBJECT_TABLES[kind];
    const where = status === 'not_match' ? "c.status <> 'match'" : 'c.status = ?';
    const args = status === 'not_match' ? [kind] : [kind, status];
    const total = this.db.prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM reconciliations c WHERE c.subject_kind = ? AND ${where}`).get(...args)!.n;
    const rows = this.db
      .prepare<unknown[], ResultRow>(
        `SELECT c.subject_seq, s.${t.key} AS key, c.status, c.personal_id, c.differences FROM reconciliations c JOIN ${t.table} s ON s.seq = c.subject_seq ` +
          `WHERE c.subject_kind = ? AND ${where} ORDER BY c.subject_seq LIMIT ? OFFSET ?`,
      )
      .all(...args, limit, offset);
    return { total, rows: rows.map(withDifferences) };
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

interface ResultRow {
  subject_seq: number;
  key: string;
  status: ReconcileStatus;
  personal_id: string | null;
  differences: string | null;
}

function withDifferences(row: ResultRow): KeyedReconciliation {
  return { ...row, differences: row.differences ? (JSON.parse(row.differences) as Difference[]) : [] };
}

/** One row per subject: several residents holding its ID as former CMND give several rows; the first is taken. */
function firstOfEach(joined: JoinedRow[]): SubjectRow[] {
  const rows: SubjectRow[] = [];
  for (const row of joined) if (rows.length === 0 || rows[rows.length - 1]!.seq !== row[0]) rows.push(toSubjectRow(row));
  return rows;
}

function toSubjectRow(r: JoinedRow): SubjectRow {
  return {
    seq: r[0],
    key: r[1],
    personal_id: r[2],
    name: r[3],
    birth_date: r[4],
    address: r[5],
    resident: r[6] === null ? null : { personal_id: r[6], full_name: r[7], birth_date: r[8], former_id: r[9], address: r[10] },
    former: r[11] === null ? null : { personal_id: r[11], full_name: r[12], birth_date: r[13], former_id: r[14], address: r[15] },
  };
}
