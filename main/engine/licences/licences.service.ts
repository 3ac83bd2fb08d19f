/**
 * Driving-licence records: import (the keyed importer's rules, an upsert by licence number with history), lookup,
 * and the holders' reconciliation with the population register through the shared reconciliation flow.
 */
import { statSync } from 'node:fs';
import type { AuditRepo } from '../db/audit.repo';
import type { LicencesRepo, LicenceHistoryEntry, StoredLicence } from '../db/licences.repo';
import type { ReconcileRepo } from '../db/reconcile.repo';
import type { ResidentsRepo } from '../db/residents.repo';
import { importKeyedFiles, type KeyedImportContext, type KeyedImportReport } from '../reconcile/keyed-import';
import { createSubjectReconciler, type SubjectReconciler } from '../reconcile/subject-reconciler';
import { LICENCE_COLUMNS, type Licence } from './licence-columns';
import { LicenceFinder } from './licence-finder';
import { LICENCE_HOLDER_FIELDS, licenceField, type LicenceFactField } from './licence-subject';
import { normalizeLicence, type CorrectableLicenceField } from './normalize-licence';
import { say } from '../domain/messages/catalogue';
import type { HistorySource } from '../db/history-source';

/** About the bytes of one licence row in a file; a file bigger than the licences so far is a bulk load. */
const BYTES_PER_ROW = 110;

export interface Licences {
  import(files: readonly string[], ctx: KeyedImportContext): Promise<KeyedImportReport>;
  finder: LicenceFinder;
  reconciler: SubjectReconciler;
  show(licenceNo: string): (StoredLicence & { history: LicenceHistoryEntry[] }) | undefined;
  /**
   * An officer's correction of one field from a scanned card (review's take-scan or set): stored with the old
   * values in history, the lookup kept current, and the holder checked against the register again.
   */
  correct(licenceNo: string, field: CorrectableLicenceField, value: string | null, source: HistorySource): void;
}

export function createLicences(deps: { repo: LicencesRepo; reconcile: ReconcileRepo; residents: ResidentsRepo; audit: AuditRepo }): Licences {
  const { repo } = deps;
  const finder = new LicenceFinder(repo);
  const reconciler = createSubjectReconciler(
    {
      kind: 'licence',
      fields: LICENCE_HOLDER_FIELDS,
      sentences: {
        alreadySame: (user, field, key, action) => say('licence.already_same', { user, field, key, action }),
        alreadyOther: (user, field, key, action, at) => say('licence.already_other', { user, field, key, action, at }),
        noDifference: (key, field) => say('licence.no_difference', { key, field }),
        decided: (field, key, action, value, user) => (value === null ? say('licence.decided', { field, key, action, user }) : say('licence.decided_value', { field, key, action, value, user })),
      },
      notFound: (key) => say('licence.not_found', { key }),
      deciding: say('doing.decide_licence_differences'),
      badAction: (action) => say('licence.bad_action', { action }),
      badField: (field) => say('licence.bad_field', { field }),
      fieldOf: licenceField,
      auditPrefix: 'licence',
      correctionSource: (user) => say('history.licence_decision', { user }),
      correct: (key, field, value, source, now) => {
        repo.correctField(key, field as LicenceFactField, value, source, now);
        const licence = repo.byNumber(key);
        if (licence) finder.onStored([{ seq: licence.seq, item: licence }]);
      },
    },
    { repo: deps.reconcile, residents: deps.residents, audit: deps.audit },
  );

  return {
    async import(files, ctx) {
      const bytes = files.reduce((sum, f) => sum + sizeOf(f), 0);
      const bulk = bytes > 1 << 20 && bytes / BYTES_PER_ROW >= repo.count();
      if (bulk) repo.dropLookupIndexes();
      try {
        return await importKeyedFiles(
          files,
          {
            columns: LICENCE_COLUMNS,
            keyLabel: say('key.licence_no'),
            keyOf: (l: Licence) => l.licence_no,
            normalize: normalizeLicence,
            upsertBatch: (batch, source, seen) => repo.upsertBatch(batch, source, seen),
            onStored: (rows) => {
              finder.onStored(rows);
              // The holders of the licences just stored are checked against the register at once: no stale status.
              reconciler.refreshSubjects(rows.map((r) => r.seq));
            },
          },
          ctx,
        );
      } finally {
        if (bulk) repo.createLookupIndexes();
      }
    },
    finder,
    reconciler,
    show(licenceNo) {
      const licence = repo.byNumber(licenceNo.normalize('NFC').trim());
      return licence ? { ...licence, history: repo.history(licence.seq) } : undefined;
    },
    correct(licenceNo, field, value, source) {
      repo.correctField(licenceNo, field, value, source);
      const licence = repo.byNumber(licenceNo);
      if (!licence) return;
      finder.onStored([{ seq: licence.seq, item: licence }]);
      reconciler.refreshSubjects([licence.seq]);
    },
  };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
