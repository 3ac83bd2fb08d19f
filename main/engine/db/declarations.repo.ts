import type { Statement } from 'better-sqlite3';
import type { Db } from './database';
import { valuesDigest } from './digest';
import { upsertByKey } from './keyed-upsert';
import type { UpsertResult } from './records.repo';
import { storedSource, type HistorySource } from './history-source';
import { sameIssues, sameValues } from './same-record';
import type { KeyedRow } from '../reconcile/keyed-import';
import type { SeqRowMarks } from '../records/rows-seen';
import {
  DECLARATION_FIELDS,
  DECLARATION_VALUE_FIELDS,
  type Declaration,
  type DeclarationDifference,
  type DeclarationMatch,
  type DeclarationStatus,
} from '../declarations/declaration-columns';
import type { DeclarationView } from '../domain/declaration';

const COLUMNS = DECLARATION_FIELDS.join(', ');

/** A declaration as stored (the domain's DeclarationView) with its row's key. */
export interface StoredDeclaration extends DeclarationView {
  seq: number;
}

type Row = Omit<StoredDeclaration, 'differences'> & { differences: string | null };

export interface DeclarationFilter {
  status?: DeclarationStatus;
  match?: DeclarationMatch;
  /** Only declarations with a difference on this field (plate, chassis, personal_id …). */
  difference?: string;
}

const SELECT = `SELECT d.seq, ${DECLARATION_FIELDS.map((f) => `d.${f}`).join(', ')}, d.match, r.record_id, d.differences, d.status, d.decision, d.decided_by, d.decided_at, d.reason FROM declarations d LEFT JOIN records r ON r.seq = d.record_seq`;

/** All SQL about citizens' self-declarations. */
export class DeclarationsRepo {
  private readonly digestById;
  private readonly byIdStmt;
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly issuesStmt;
  private readonly refreshIssuesStmt;
  private readonly historyStmt;
  private readonly compareStmt;
  private readonly upsertTx;
  private readonly nextStmts = new Map<string, Statement<unknown[], Row>>();

  constructor(private readonly db: Db) {
    this.digestById = db.prepare<[string], [number, number]>('SELECT seq, digest FROM declarations WHERE declaration_id = ?').raw();
    this.byIdStmt = db.prepare<[string], Row>(`${SELECT} WHERE d.declaration_id = ?`);
    this.insertStmt = db.prepare(
      `INSERT INTO declarations (${COLUMNS}, issues, digest, received_at, updated_at) VALUES (${DECLARATION_FIELDS.map(() => '?').join(', ')}, ?, ?, ?, ?)`,
    );
    this.issuesStmt = db.prepare<[number], { issues: string | null }>('SELECT issues FROM declarations WHERE seq = ?');
    this.refreshIssuesStmt = db.prepare('UPDATE declarations SET issues = ?, digest = ? WHERE seq = ?');
    this.updateStmt = db.prepare(`UPDATE declarations SET ${DECLARATION_VALUE_FIELDS.map((f) => `${f} = ?`).join(', ')}, issues = ?, digest = ?, updated_at = ? WHERE seq = ?`);
    this.historyStmt = db.prepare('INSERT INTO declaration_history (declaration_seq, changed_at, source, values_json) VALUES (?, ?, ?, ?)');
    this.compareStmt = db.prepare('UPDATE declarations SET match = ?, record_seq = ?, differences = ? WHERE seq = ?');
    this.upsertTx = db.transaction((batch: KeyedRow<Declaration>[], source: HistorySource, seen: SeqRowMarks, now: string) =>
      batch.map((row) => this.upsertOne(row, source, seen, now)),
    );
  }

  upsertBatch(batch: KeyedRow<Declaration>[], source: HistorySource, seen: SeqRowMarks, now = new Date().toISOString()): UpsertResult[] {
    return this.upsertTx(batch, source, seen, now);
  }

  private upsertOne(row: KeyedRow<Declaration>, source: HistorySource, seen: SeqRowMarks, now: string): UpsertResult {
    const d = row.item;
    const values = DECLARATION_VALUE_FIELDS.map((f) => d[f]);
    const issues = row.issues.length ? JSON.stringify(row.issues) : null;
    const digest = valuesDigest([...values, issues]);
    return upsertByKey(row.row, seen, {
      found: this.digestById.get(d.declaration_id),
      digest,
      insert: () => Number(this.insertStmt.run(d.declaration_id, ...values, issues, digest, now, now).lastInsertRowid),
      update: (seq) => {
        const previous = this.byIdStmt.get(d.declaration_id)!;
        if (sameValues(DECLARATION_VALUE_FIELDS.map((f) => previous[f]), values) && sameIssues(this.issuesStmt.get(seq)?.issues ?? null, row.issues)) {
          // Same declaration, the issues stored in an older form: they take the coded form, with no history entry.
          this.refreshIssuesStmt.run(issues, digest, seq);
          return { outcome: 'unchanged', seq };
        }
        const before: Record<string, string | null> = {};
        for (const f of DECLARATION_VALUE_FIELDS) before[f] = previous[f];
        this.historyStmt.run(seq, now, storedSource(source), JSON.stringify(before));
        this.updateStmt.run(...values, issues, digest, now, seq);
        return undefined;
      },
    });
  }

  /** Stores comparisons in one transaction. */
  storeComparisons(rows: { seq: number; match: DeclarationMatch; recordSeq: number | null; differences: DeclarationDifference[] }[]): void {
    this.db.transaction(() => {
      for (const r of rows) this.compareStmt.run(r.match, r.recordSeq, r.differences.length ? JSON.stringify(r.differences) : null, r.seq);
    })();
  }

  byId(id: string): StoredDeclaration | undefined {
    const row = this.byIdStmt.get(id);
    return row ? toStored(row) : undefined;
  }

  /** Every declaration matching the filter, in import order, streamed. */
  *list(filter: DeclarationFilter = {}): Generator<StoredDeclaration> {
    const { where, args } = whereOf(filter);
    for (const row of this.db.prepare<unknown[], Row>(`${SELECT} ${where} ORDER BY d.seq`).iterate(...args)) yield toStored(row);
  }

  /** A window of the queue (the confirmation screen) and its size. */
  window(filter: DeclarationFilter, offset: number, limit: number): { total: number; rows: StoredDeclaration[] } {
    const { where, args } = whereOf(filter);
    const total = this.db.prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM declarations d ${where}`).get(...args)!.n;
    const rows = this.db.prepare<unknown[], Row>(`${SELECT} ${where} ORDER BY d.seq LIMIT ? OFFSET ?`).all(...args, limit, offset);
    return { total, rows: rows.map(toStored) };
  }

  /** The first declaration after `afterSeq` matching the filter (the queue's next item). */
  next(filter: DeclarationFilter, afterSeq: number): StoredDeclaration | undefined {
    const { where, args } = whereOf(filter);
    // The officer's every keystroke asks for this: each filter's statement is compiled once.
    let statement = this.nextStmts.get(where);
    if (!statement) {
      statement = this.db.prepare<unknown[], Row>(`${SELECT} ${where ? `${where} AND` : 'WHERE'} d.seq > ? ORDER BY d.seq LIMIT 1`);
      this.nextStmts.set(where, statement);
    }
    const row = statement.get(...args, afterSeq);
    return row ? toStored(row) : undefined;
  }

  /** Pending declarations after `afterSeq`, a chunk at a time (for comparing them again). */
  pendingAfter(afterSeq: number, limit: number): (Declaration & { seq: number })[] {
    return this.db
      .prepare<[number, number], Declaration & { seq: number }>(`SELECT seq, ${COLUMNS} FROM declarations WHERE status = 'pending' AND seq > ? ORDER BY seq LIMIT ?`)
      .all(afterSeq, limit);
  }

  decide(seq: number, status: DeclarationStatus, decision: string, user: string, at: string, reason: string | null): void {
    this.db.prepare('UPDATE declarations SET status = ?, decision = ?, decided_by = ?, decided_at = ?, reason = ? WHERE seq = ?').run(status, decision, user, at, reason, seq);
  }

  /**
   * The newest change to the records or the register (an ISO time), and the one the last full comparison saw:
   * declarations compared before a later import are compared again.
   */
  sourcesChangedAt(): string {
    const row = this.db
      .prepare<[], { at: string | null }>('SELECT max(at) AS at FROM (SELECT max(updated_at) AS at FROM records UNION ALL SELECT max(updated_at) FROM residents)')
      .get();
    return row?.at ?? '';
  }

  comparedUpTo(): string {
    const row = this.db.prepare<[], { value: string }>("SELECT value FROM settings WHERE key = 'declarations.compared_up_to'").get();
    return row ? (JSON.parse(row.value) as string) : '';
  }

  setComparedUpTo(at: string): void {
    this.db.prepare("INSERT INTO settings (key, value) VALUES ('declarations.compared_up_to', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(JSON.stringify(at));
  }

  atomically<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** Received, confirmed, rejected and waiting declarations; with `since`, those received or decided since then. */
  counts(since?: string): { received: number; confirmed: number; rejected: number; waiting: number } {
    const received = since
      ? this.db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM declarations WHERE received_at >= ?').get(since)!.n
      : this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM declarations').get()!.n;
    const byStatus = since
      ? this.db.prepare<[string], { status: string; n: number }>('SELECT status, count(*) AS n FROM declarations WHERE decided_at >= ? GROUP BY status').all(since)
      : this.db.prepare<[], { status: string; n: number }>('SELECT status, count(*) AS n FROM declarations GROUP BY status').all();
    const n = (s: string): number => byStatus.find((r) => r.status === s)?.n ?? 0;
    return { received, confirmed: n('confirmed'), rejected: n('rejected'), waiting: since ? 0 : n('pending') };
  }
}

function whereOf(filter: DeclarationFilter): { where: string; args: string[] } {
  const parts: string[] = [];
  const args: string[] = [];
  if (filter.status) {
    parts.push('d.status = ?');
    args.push(filter.status);
  }
  if (filter.match) {
    parts.push('d.match = ?');
    args.push(filter.match);
  }
  if (filter.difference) {
    parts.push("EXISTS (SELECT 1 FROM json_each(d.differences) WHERE json_extract(value, '$.field') = ?)");
    args.push(filter.difference);
  }
  return { where: parts.length ? `WHERE ${parts.join(' AND ')}` : '', args };
}

function toStored(row: Row): StoredDeclaration {
  return { ...row, differences: row.differences ? (JSON.parse(row.differences) as DeclarationDifference[]) : [] };
}
