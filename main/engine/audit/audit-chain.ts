import { createHash } from 'node:crypto';
import type { AuditVerdict } from '../domain/review';
import { say } from '../domain/messages/catalogue';
import type { EngineMessage } from '../domain/messages/message';
import { renderMessage } from '../domain/messages/render';

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

// The verdict is the domain's (main/engine/domain/review.ts), as the contract shows it.
export type { AuditVerdict };

/**
 * Walks the log in order. `head` is the newest entry as recorded beside the log: without it, removing the last
 * entries would leave a chain that still checks.
 */
export function verifyChain(entries: Iterable<AuditEntry>, head: { seq: number; hash: string } | undefined): AuditVerdict {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let count = 0;
  const broken = (seq: number, text: EngineMessage): AuditVerdict => ({ ok: false, entries: count, broken: { seq, message: renderMessage(text, 'en'), text } });
  for (const e of entries) {
    if (e.seq !== expectedSeq) return broken(expectedSeq, say('audit.missing', { seq: expectedSeq, next: e.seq }));
    if (e.prev_hash !== prev) return broken(e.seq, say('audit.cut', { seq: e.seq, previous: e.seq - 1 }));
    if (entryHash(e.seq, e, e.prev_hash) !== e.hash) return broken(e.seq, say('audit.changed', { seq: e.seq, action: e.action, user: e.user, at: e.at }));
    prev = e.hash;
    expectedSeq++;
    count++;
  }
  const last = expectedSeq - 1;
  if (!head) return count === 0 ? { ok: true, entries: 0, broken: null } : broken(1, say('audit.no_head'));
  if (head.seq > last) return broken(last + 1, say('audit.truncated', { from: last + 1, to: head.seq }));
  if (head.seq < last || head.hash !== prev) return broken(head.seq, say('audit.head_differs', { seq: head.seq }));
  return { ok: true, entries: count, broken: null };
}
