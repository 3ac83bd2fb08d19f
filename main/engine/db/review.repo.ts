import type { Db } from './database';
import type { DossierKind, DossierStatus } from './dossiers.repo';
import type { DecisionAction, FlagKind } from '../domain/dossier';
import type { Reading, FusedFields } from '../domain/field-reading';
import type { ReviewFlag } from '../domain/review';

export type { DecisionAction };

export interface DecisionRow {
  id: number;
  field: string;
  action: DecisionAction;
  /** The final value it gives the field (null for a re-scan or an empty choice). */
  value: string | null;
  kind: FlagKind | null;
  scan_value: string | null;
  record_value: string | null;
  user: string;
  reason: string | null;
  decided_at: string;
}

/** A flag as stored, with its live decision as the decisions table keeps it (review-view.ts shows it as the domain's). */
export interface StoredFlag extends Omit<ReviewFlag, 'decision'> {
  decision: DecisionRow | null;
}

export interface ReviewState {
  seq: number;
  id: string;
  status: DossierStatus;
  fields: FusedFields | null;
  record_id: string | null;
  link: string | null;
  rescan: number;
  /** What the dossier holds (vehicle or licence): which fields, record and flags it has. */
  kind: DossierKind;
}

export interface QueueRow {
  seq: number;
  id: string;
  status: 'needs_review' | 'resolved';
  severity: number;
  record_id: string | null;
  link: string | null;
  fields: string | null;
}

const DECISION_SELECT = `SELECT d.id, d.field, d.action, d.value, d.kind, d.scan_value, d.record_value, u.name AS user, d.reason, d.decided_at
  FROM decisions d JOIN users u ON u.id = d.user_id`;

/** All SQL about links, discrepancies, decisions and the review queue. */
export class ReviewRepo {
  constructor(private readonly db: Db) {}

  /** Runs `work` in one transaction (nested calls join the outer one). */
  atomically<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  state(id: string): ReviewState | undefined {
    return this.stateWhere('id = ?', id);
  }

  stateBySeq(seq: number): ReviewState | undefined {
    return this.stateWhere('seq = ?', seq);
  }

  private stateWhere(where: string, key: string | number): ReviewState | undefined {
    const row = this.db
      .prepare<[string | number], Omit<ReviewState, 'fields'> & { fields: string | null }>(
        `SELECT seq, id, status, fields, record_id, link, rescan, kind FROM dossiers WHERE ${where}`,
      )
      .get(key);
    return row ? { ...row, fields: row.fields ? (JSON.parse(row.fields) as FusedFields) : null } : undefined;
  }

  setLink(seq: number, recordId: string | null, link: unknown): void {
    this.db.prepare('UPDATE dossiers SET record_id = ?, link = ? WHERE seq = ?').run(recordId, JSON.stringify(link), seq);
  }

  replaceFlags(seq: number, flags: readonly ReviewFlag[]): void {
    this.db.prepare('DELETE FROM discrepancies WHERE dossier_seq = ?').run(seq);
    const insert = this.db.prepare(
      'INSERT INTO discrepancies (dossier_seq, field, kind, scan_value, record_value, hint, severity, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const f of flags) insert.run(seq, f.field, f.kind, f.scan_value, f.record_value, f.hint, f.severity, JSON.stringify(f.readings));
  }

  /** A dossier's flags, most severe first, each with its live decision (`live`: those decisions, when already read). */
  flags(seq: number, withEvidence = true, live: readonly DecisionRow[] = this.liveDecisions(seq)): StoredFlag[] {
    const decisions = new Map(live.map((d) => [d.field, d]));
    return this.db
      .prepare<[number], Omit<StoredFlag, 'readings' | 'decision'> & { evidence: string }>(
        `SELECT field, kind, scan_value, record_value, hint, severity, ${withEvidence ? 'evidence' : "'[]' AS evidence"}
         FROM discrepancies WHERE dossier_seq = ? ORDER BY severity DESC, id`,
      )
      .all(seq)
      .map(({ evidence, ...f }) => ({ ...f, readings: JSON.parse(evidence) as Reading[], decision: decisions.get(f.field) ?? null }));
  }

  liveDecisions(seq: number): DecisionRow[] {
    return this.db.prepare<[number], DecisionRow>(`${DECISION_SELECT} WHERE d.dossier_seq = ? AND d.undone_at IS NULL ORDER BY d.id`).all(seq);
  }

  /** The newest live decision of a dossier (for undo), optionally on one field. */
  lastDecision(seq: number, field?: string): DecisionRow | undefined {
    const where = field === undefined ? '' : 'AND d.field = ?';
    const args: unknown[] = field === undefined ? [seq] : [seq, field];
    return this.db.prepare<unknown[], DecisionRow>(`${DECISION_SELECT} WHERE d.dossier_seq = ? AND d.undone_at IS NULL ${where} ORDER BY d.id DESC LIMIT 1`).get(...args);
  }

  insertDecision(seq: number, userId: number, d: Omit<DecisionRow, 'id' | 'user'>): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO decisions (dossier_seq, field, action, value, kind, scan_value, record_value, user_id, reason, decided_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(seq, d.field, d.action, d.value, d.kind, d.scan_value, d.record_value, userId, d.reason, d.decided_at).lastInsertRowid,
    );
  }

  undoDecision(id: number, now: string): void {
    this.db.prepare('UPDATE decisions SET undone_at = ? WHERE id = ? AND undone_at IS NULL').run(now, id);
  }

  setReviewState(seq: number, status: DossierStatus, severity: number, rescan: boolean, now = new Date().toISOString()): void {
    this.db.prepare('UPDATE dossiers SET status = ?, severity = ?, rescan = ?, updated_at = ? WHERE seq = ?').run(status, severity, rescan ? 1 : 0, now, seq);
  }

  /** Other dossiers (not failed) linked to the same record. */
  linkedTo(recordId: string, exceptSeq: number): { seq: number; id: string; status: DossierStatus }[] {
    return this.db
      .prepare<[string, number], { seq: number; id: string; status: DossierStatus }>(
        "SELECT seq, id, status FROM dossiers WHERE record_id = ? AND seq <> ? AND status <> 'failed' ORDER BY seq",
      )
      .all(recordId, exceptSeq);
  }

  /** Other dossiers holding a page with the same content as one of this dossier's pages. */
  samePageContent(seq: number): string[] {
    return this.db
      .prepare<[number, number], { id: string }>(
        `SELECT DISTINCT d.id FROM pages mine JOIN pages other ON other.sha256 = mine.sha256 AND other.dossier_seq <> mine.dossier_seq
         JOIN dossiers d ON d.seq = other.dossier_seq WHERE mine.dossier_seq = ? AND d.seq <> ? ORDER BY d.seq`,
      )
      .all(seq, seq)
      .map((r) => r.id);
  }

  /** Dossiers whose link may change when records change: read, not exported, and not decided on yet. */
  undecidedSeqs(): number[] {
    return this.db
      .prepare<[], { seq: number }>(
        `SELECT seq FROM dossiers d WHERE status IN ('needs_review', 'resolved')
         AND NOT EXISTS (SELECT 1 FROM decisions x WHERE x.dossier_seq = d.seq AND x.undone_at IS NULL) ORDER BY seq`,
      )
      .all()
      .map((r) => r.seq);
  }

  /** The review queue: most severe first, then oldest; optionally only dossiers with an open flag of a kind or field. */
  queue(status: 'open' | 'resolved' | 'all', offset: number, limit: number, kind?: string, field?: string, dossierKind?: DossierKind): { total: number; rows: QueueRow[] } {
    const where: string[] = [status === 'open' ? "d.status = 'needs_review'" : status === 'resolved' ? "d.status = 'resolved'" : "d.status IN ('needs_review', 'resolved')"];
    const args: unknown[] = [];
    if (dossierKind) {
      where.push('d.kind = ?');
      args.push(dossierKind);
    }
    if (kind || field) {
      where.push(
        `EXISTS (SELECT 1 FROM discrepancies f WHERE f.dossier_seq = d.seq ${kind ? 'AND f.kind = ?' : ''} ${field ? 'AND f.field = ?' : ''})`,
      );
      if (kind) args.push(kind);
      if (field) args.push(field);
    }
    const sql = `FROM dossiers d WHERE ${where.join(' AND ')}`;
    const total = this.db.prepare<unknown[], { n: number }>(`SELECT count(*) AS n ${sql}`).get(...args)!.n;
    const rows = this.db
      .prepare<unknown[], QueueRow>(`SELECT d.seq, d.id, d.status, d.severity, d.record_id, d.link, d.fields ${sql} ORDER BY d.status, d.severity DESC, d.seq LIMIT ? OFFSET ?`)
      .all(...args, limit, offset);
    return { total, rows };
  }
}
