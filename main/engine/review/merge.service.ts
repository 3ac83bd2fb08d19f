/**
 * Merging a duplicate dossier into the other (issue 15): two dossiers of one vehicle — the same record, or the same
 * pages scanned twice — become one. The pages of the one merged move, with their readings and history, to the end of
 * the kept one (nothing is deleted); the kept dossier is fused, linked and flagged again from all its pages; the
 * merged one is set aside with a sentence naming where its pages went, out of the queue and the export; the
 * officer's act is in the hash-chained audit log.
 */
import type { AuditRepo } from '../db/audit.repo';
import type { DossiersRepo } from '../db/dossiers.repo';
import type { MergeRepo, MergeSide } from '../db/merge.repo';
import { UserError } from '../errors';
import { finishDossier } from '../scan/scan-queue.service';
import { requireRole, type Actor } from '../users/accounts.service';
import { say } from '../domain/messages/catalogue';
import type { EngineMessage } from '../domain/messages/message';
import { renderMessage } from '../domain/messages/render';
import { storedMessage } from '../domain/messages/stored';

export interface MergeOutcome {
  /** The dossier kept, now holding every page. */
  into: string;
  merged: string;
  pages: number;
  /** What was done, in English (the command line's words), and coded for the screens. */
  message: string;
  text: EngineMessage;
}

const MERGEABLE = new Set(['needs_review', 'resolved']);

export function mergeDossiers(
  deps: { repo: MergeRepo; dossiers: DossiersRepo; audit: AuditRepo; fused: (seq: number) => void },
  actor: Actor | null,
  request: { from: string; into: string },
): MergeOutcome {
  const who = requireRole(actor, ['officer', 'lead'], say('doing.merge_dossiers'));
  const side = (id: string): MergeSide => {
    const found = deps.repo.side(id.trim());
    if (!found) throw new UserError(say('review.no_dossier', { dossier: id }), 'not_found');
    if (found.status === 'exported') throw new UserError(say('merge.exported', { dossier: found.id }), 'exported');
    if (!MERGEABLE.has(found.status)) throw new UserError(say('merge.not_ready', { dossier: found.id }), 'bad_input');
    return found;
  };
  const from = side(request.from);
  const into = side(request.into);
  if (from.seq === into.seq) throw new UserError(say('merge.itself', { dossier: from.id }), 'bad_input');
  if (from.kind !== into.kind) throw new UserError(say('merge.other_kind', { from: from.id, into: into.id }), 'bad_input');
  const sameRecord = from.record_id !== null && from.record_id === into.record_id;
  if (!sameRecord && !deps.repo.duplicatesNamed(from.seq).includes(into.id)) {
    throw new UserError(say('merge.not_duplicate', { from: from.id, into: into.id }), 'bad_input');
  }
  const now = new Date().toISOString();
  const note = storedMessage(say('merge.note', { into: into.id, user: who.name, pages: from.pages }));
  const pages = deps.repo.merge(from, into, note, now);
  deps.audit.append({ at: now, user: who.name, action: 'review.merge', dossier: from.id, field: 'record', before: from.id, after: into.id, reason: note });
  finishDossier(into.seq, deps.dossiers, deps.fused);
  const text = say('merge.done', { from: from.id, into: into.id, pages });
  return { into: into.id, merged: from.id, pages, message: renderMessage(text, 'en'), text };
}
