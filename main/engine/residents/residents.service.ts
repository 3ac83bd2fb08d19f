/** Imports extracts of the population register: the records importer's rules, an upsert by personal ID with history. */
import { statSync } from 'node:fs';
import type { ResidentsRepo } from '../db/residents.repo';
import { nameKey } from '../reconcile/reconcile-subject';
import type { RegisterPerson } from '../reconcile/subject';
import type { ChangedPeople } from '../reconcile/subject-reconciler';
import { parseRecordDate } from '../records/date';
import { importKeyedFiles, type KeyedImportContext, type KeyedImportReport } from '../reconcile/keyed-import';
import { normalizeResident } from './normalize-resident';
import { RESIDENT_COLUMNS } from './resident-columns';
import type { Resident } from '../domain/resident';
import { say } from '../domain/messages/catalogue';

/** About the bytes of one register row in a file; a file bigger than the register so far is a bulk load. */
const BYTES_PER_ROW = 90;

/**
 * Imports register files; `changed` hears, once the register's indexes are whole again (also after a cancel or a
 * failure), the IDs and birth dates of every resident added or changed, so reconciliations follow.
 */
export async function importResidentFiles(
  files: readonly string[],
  repo: ResidentsRepo,
  ctx: KeyedImportContext,
  changed: (people: ChangedPeople) => void = () => undefined,
): Promise<KeyedImportReport> {
  const bytes = files.reduce((sum, f) => sum + sizeOf(f), 0);
  const bulk = bytes > 1 << 20 && bytes / BYTES_PER_ROW >= repo.count();
  // A bulk load touches nearly everyone: it is followed by one full pass instead of remembering a million IDs.
  const people = { ids: new Set<string>(), births: new Set<string>() };
  let stored = 0;
  if (bulk) repo.dropLookupIndexes();
  try {
    return await importRows(files, repo, ctx, (resident) => {
      stored++;
      if (bulk) return;
      people.ids.add(resident.personal_id);
      if (resident.former_id) people.ids.add(resident.former_id);
      if (resident.birth_date) people.births.add(resident.birth_date);
    });
  } finally {
    if (bulk) repo.createLookupIndexes();
    if (stored > 0) changed(bulk ? 'everyone' : people);
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function importRows(files: readonly string[], repo: ResidentsRepo, ctx: KeyedImportContext, stored: (resident: Resident) => void): Promise<KeyedImportReport> {
  return importKeyedFiles(
    files,
    {
      columns: RESIDENT_COLUMNS,
      keyLabel: say('key.personal_id'),
      keyOf: (r: Resident) => r.personal_id,
      normalize: normalizeResident,
      upsertBatch: (batch, source, seen) => repo.upsertBatch(batch, source, seen),
      onStored: (rows) => {
        for (const row of rows) stored(row.item);
      },
    },
    ctx,
  );
}

/** Residents by personal ID, else by former CMND, else by name (and birth date, when given). */
export function findResidents(repo: ResidentsRepo, query: { id?: string | null; name?: string | null; birthDate?: string | null }): RegisterPerson[] {
  const id = query.id?.replace(/[\s.-]/g, '') ?? '';
  if (id !== '') {
    const byId = repo.byPersonalId(id);
    return byId ? [byId] : repo.byFormerId(id);
  }
  const name = query.name?.trim() ?? '';
  if (name === '') return [];
  const typed = query.birthDate?.trim() ?? '';
  const birth = typed === '' ? null : parseRecordDate(typed, 'Birth date');
  if (birth && !birth.ok) return [];
  return repo.byNameAndBirth(nameKey(name), birth ? birth.iso : null);
}
