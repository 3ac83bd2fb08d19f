import { entryHash, GENESIS_HASH, type AuditEntry, type AuditFacts } from '../audit/audit-chain';
import type { Db } from './database';

const COLUMNS = 'seq, at, user, action, dossier, field, before, after, reason, prev_hash, hash';

/** All SQL about the append-only, hash-chained audit log. */
export class AuditRepo {
  private readonly appendTx;

  constructor(private readonly db: Db) {
    this.appendTx = db.transaction((facts: AuditFacts): AuditEntry => {
      const head = this.head();
      const seq = (head?.seq ?? 0) + 1;
      const prev = head?.hash ?? GENESIS_HASH;
      const hash = entryHash(seq, facts, prev);
      db.prepare(`INSERT INTO audit_log (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
        seq, facts.at, facts.user, facts.action, facts.dossier, facts.field, facts.before, facts.after, facts.reason, prev, hash,
      );
      db.prepare('INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash').run(seq, hash);
      return { ...facts, seq, prev_hash: prev, hash };
    });
  }

  /** Appends an entry; inside a caller's transaction it commits (or rolls back) with the change it describes. */
  append(facts: AuditFacts): AuditEntry {
    return this.appendTx(facts);
  }

  head(): { seq: number; hash: string } | undefined {
    return this.db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1').get();
  }

  /** Every entry in order, streamed (the log grows without bound). */
  all(): IterableIterator<AuditEntry> {
    return this.db.prepare<[], AuditEntry>(`SELECT ${COLUMNS} FROM audit_log ORDER BY seq`).iterate();
  }

  /** Newest first, a window at a time, optionally about one dossier. */
  window(offset: number, limit: number, dossier?: string): { total: number; rows: AuditEntry[] } {
    const where = dossier ? 'WHERE dossier = ?' : '';
    const args = dossier ? [dossier] : [];
    const total = this.db.prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM audit_log ${where}`).get(...args)!.n;
    const rows = this.db.prepare<unknown[], AuditEntry>(`SELECT ${COLUMNS} FROM audit_log ${where} ORDER BY seq DESC LIMIT ? OFFSET ?`).all(...args, limit, offset);
    return { total, rows };
  }
}
