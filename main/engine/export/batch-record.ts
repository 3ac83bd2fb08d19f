import type { AuditRepo } from '../db/audit.repo';
import type { BatchPlacement, ExportRepo, NewBatch } from '../db/export.repo';
import { say } from '../domain/messages/catalogue';
import { storedMessage } from '../domain/messages/stored';

type Expected = BatchPlacement['expected'];

/**
 * Records a placed batch and marks its dossiers exported, with their audit entries, in one transaction; returns
 * the dossiers that changed meanwhile (nothing is recorded then). `late`: recorded on a start after an interruption.
 * The reasons and the batch's size (the batch entry's new value) are coded, so the audit trail says them in the
 * screen's language.
 */
export function recordBatch(deps: { repo: ExportRepo; audit: AuditRepo }, batch: NewBatch, expected: Expected, late: boolean): string[] {
  const now = new Date().toISOString();
  const dossierReason = storedMessage(say(late ? 'audit.export_dossier_late' : 'audit.export_dossier', { batch: batch.id }));
  const batchReason = storedMessage(say(late ? 'audit.export_batch_late' : 'audit.export_batch', { batch: batch.id, dir: batch.dir }));
  const size = storedMessage(say('audit.batch_size', { dossiers: batch.dossiers, pages: batch.pages }));
  return deps.repo.recordBatch(batch, expected, now, () => {
    for (const d of expected) deps.audit.append({ at: now, user: batch.user, action: 'export', dossier: d.id, field: null, before: d.status, after: 'exported', reason: dossierReason });
    deps.audit.append({ at: now, user: batch.user, action: 'export.batch', dossier: null, field: null, before: null, after: size, reason: batchReason });
  });
}
