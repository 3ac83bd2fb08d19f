import type { AuditRepo } from '../db/audit.repo';
import type { BatchPlacement, ExportRepo, NewBatch } from '../db/export.repo';

type Expected = BatchPlacement['expected'];

/**
 * Records a placed batch and marks its dossiers exported, with their audit entries, in one transaction; returns
 * the dossiers that changed meanwhile (nothing is recorded then). `note` is added to the audit reason.
 */
export function recordBatch(deps: { repo: ExportRepo; audit: AuditRepo }, batch: NewBatch, expected: Expected, note: string): string[] {
  const now = new Date().toISOString();
  return deps.repo.recordBatch(batch, expected, now, () => {
    for (const d of expected) deps.audit.append({ at: now, user: batch.user, action: 'export', dossier: d.id, field: null, before: d.status, after: 'exported', reason: `batch ${batch.id}${note}` });
    deps.audit.append({ at: now, user: batch.user, action: 'export.batch', dossier: null, field: null, before: null, after: `${batch.dossiers} dossiers, ${batch.pages} pages`, reason: `batch ${batch.id} in ${batch.dir}${note}` });
  });
}
