/** Imports extracts of the population register: the records importer's rules, an upsert by personal ID with history. */
import type { ResidentsRepo } from '../db/residents.repo';
import { importKeyedFiles, type KeyedImportContext, type KeyedImportReport } from '../reconcile/keyed-import';
import { normalizeResident } from './normalize-resident';
import { RESIDENT_COLUMNS, type Resident } from './resident';

export function importResidentFiles(files: readonly string[], repo: ResidentsRepo, ctx: KeyedImportContext): Promise<KeyedImportReport> {
  return importKeyedFiles(
    files,
    {
      columns: RESIDENT_COLUMNS,
      keyLabel: 'personal ID',
      keyOf: (r: Resident) => r.personal_id,
      normalize: normalizeResident,
      upsertBatch: (batch, source, seen) => repo.upsertBatch(batch, source, seen),
    },
    ctx,
  );
}
