import { createHash } from 'node:crypto';

/** What an audit entry says: who did what to which dossier field, with the value before and after and why. */
export interface AuditFacts {
  at: string;
  user: string;
  action: string;
  dossier: string | null;
  field: string | null;
  before: string | null;
  after: string | null;
  reason: string | null;
}

export interface AuditEntry extends AuditFacts {
  seq: number;
  prev_hash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * An entry's hash covers its position, every fact and the previous entry's hash, so editing, deleting or
 * reordering any entry breaks the chain from there on.
 */
export function entryHash(seq: number, facts: AuditFacts, prevHash: string): string {
  const canonical = JSON.stringify([seq, facts.at, facts.user, facts.action, facts.dossier, facts.field, facts.before, facts.after, facts.reason, prevHash]);
  return createHash('sha256').update(canonical).digest('hex');
}

export interface ChainVerdict {
  ok: boolean;
  entries: number;
  broken: { seq: number; message: string } | null;
}

/**
 * Walks the log in order. `head` is the newest entry as recorded beside the log: without it, removing the last
 * entries would leave a chain that still checks.
 */
export function verifyChain(entries: Iterable<AuditEntry>, head: { seq: number; hash: string } | undefined): ChainVerdict {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let count = 0;
  const broken = (seq: number, message: string): ChainVerdict => ({ ok: false, entries: count, broken: { seq, message } });
  for (const e of entries) {
    if (e.seq !== expectedSeq) return broken(expectedSeq, `Audit entry ${expectedSeq} is missing (the next entry found is ${e.seq}).`);
    if (e.prev_hash !== prev) return broken(e.seq, `Audit entry ${e.seq} does not follow entry ${e.seq - 1}: the chain was cut or reordered there.`);
    if (entryHash(e.seq, e, e.prev_hash) !== e.hash) return broken(e.seq, `Audit entry ${e.seq} was changed after it was written (${e.action} by ${e.user} at ${e.at}).`);
    prev = e.hash;
    expectedSeq++;
    count++;
  }
  const last = expectedSeq - 1;
  if (!head) return count === 0 ? { ok: true, entries: 0, broken: null } : broken(1, 'The audit log has entries but its recorded head is missing.');
  if (head.seq > last) return broken(last + 1, `Audit entries ${last + 1} to ${head.seq} were removed from the end of the log.`);
  if (head.seq < last || head.hash !== prev) return broken(head.seq, `Audit entry ${head.seq} does not match the log's recorded head.`);
  return { ok: true, entries: count, broken: null };
}
