/**
 * A declaration compared with the station's record of the vehicle and, through the register, with the person it
 * names (CLI.md): `exact` — the record found by chassis or engine, the declarant is its owner, and plate, chassis
 * and engine agree after canonicalisation; `differs` — same owner, some vehicle value differs (or the vehicle was
 * found by plate alone); `other_owner` — the record names another person; `no_record` — no record of the vehicle.
 */
import type { FindCandidate, LookupField } from '../records/find-result';
import { nameKey } from '../reconcile/reconcile-subject';
import type { RegisterPerson } from '../reconcile/subject';
import { canonicalPlateKey, serialKey } from '../records/normalize';
import type { StationRecord } from '../records/record';
import { foldVietnamese } from '../text/vietnamese';
import type { Declaration, DeclarationDifference, DeclarationMatch } from './declaration-columns';

/** Below this a lookup hit is not the vehicle: exact (1), an OCR confusion (0.75–0.9) or one slip (0.7) are. */
const MIN_SCORE = 0.7;

export interface DeclarationLookup {
  /** Ranked candidates for a plate, chassis or engine, tolerant of OCR confusions unless `fuzzy` is false (the records finder). */
  find(text: string, fuzzy: boolean): FindCandidate[];
  byPersonalId(id: string): RegisterPerson | undefined;
  byFormerId(id: string): RegisterPerson[];
}

export interface DeclarationComparison {
  match: DeclarationMatch;
  record: StationRecord | null;
  differences: DeclarationDifference[];
}

export function compareDeclaration(d: Declaration, lookup: DeclarationLookup): DeclarationComparison {
  const found = findVehicle(d, lookup);
  if (!found) return { match: 'no_record', record: null, differences: [] };
  const { record, byVehicle } = found;
  const differences: DeclarationDifference[] = [];
  const serials: [keyof Declaration & keyof StationRecord, (s: string) => string][] = [
    ['plate', canonicalPlateKey],
    ['chassis', serialKey],
    ['engine', serialKey],
  ];
  for (const [field, key] of serials) {
    const declared = d[field];
    if (declared !== null && (record[field] === null || key(declared) !== key(record[field]!))) differences.push({ field, declared, record: record[field] });
  }
  const vehicleDiffers = differences.length > 0;
  for (const field of ['brand', 'model', 'color'] as const) {
    const declared = d[field];
    const stored = record[field];
    if (declared !== null && stored !== null && fold(declared) !== fold(stored)) differences.push({ field, declared, record: stored });
  }
  const same = sameOwner(d, record, lookup);
  if (d.personal_id !== null && record.owner_id !== null && !same.byId) differences.push({ field: 'personal_id', declared: d.personal_id, record: record.owner_id });
  if (d.full_name !== null && record.owner_name !== null && nameKey(d.full_name) !== nameKey(record.owner_name)) {
    differences.push({ field: 'full_name', declared: d.full_name, record: record.owner_name });
  }
  const match: DeclarationMatch = !same.owner ? 'other_owner' : vehicleDiffers || !byVehicle ? 'differs' : 'exact';
  return { match, record, differences };
}

/**
 * The record of the declared vehicle: by chassis, else engine, else a plate exactly one record holds. Exact keys
 * are tried first (what nearly every declaration has), then the OCR-tolerant search.
 */
function findVehicle(d: Declaration, lookup: DeclarationLookup): { record: StationRecord; byVehicle: boolean } | null {
  for (const fuzzy of [false, true]) {
    for (const field of ['chassis', 'engine'] as const) {
      const value = d[field];
      if (value === null) continue;
      const best = bestHit(lookup.find(value, fuzzy), field);
      if (best) return { record: best, byVehicle: true };
    }
  }
  if (d.plate !== null) {
    const exact = lookup.find(d.plate, false).filter((c) => c.field === 'plate' && c.score === 1);
    if (exact.length === 1) return { record: exact[0]!.record, byVehicle: false };
  }
  return null;
}

/** The single best candidate found through `field`; none when two records tie for it. */
function bestHit(candidates: FindCandidate[], field: LookupField): StationRecord | null {
  const hits = candidates.filter((c) => c.field === field && c.score >= MIN_SCORE);
  if (hits.length === 0) return null;
  if (hits.length > 1 && hits[1]!.score === hits[0]!.score && hits[1]!.record_id !== hits[0]!.record_id) return null;
  return hits[0]!.record;
}

/**
 * Whether the declarant is the record's owner: the same ID, or IDs the register ties together (a record still
 * holding the former CMND of the declarant's personal ID); without both IDs, the names decide.
 */
function sameOwner(d: Declaration, record: StationRecord, lookup: DeclarationLookup): { owner: boolean; byId: boolean } {
  if (d.personal_id !== null && record.owner_id !== null) {
    if (d.personal_id === record.owner_id) return { owner: true, byId: true };
    const declarant = lookup.byPersonalId(d.personal_id);
    if (declarant?.former_id && declarant.former_id === record.owner_id) return { owner: true, byId: true };
    const owner = lookup.byFormerId(record.owner_id)[0];
    const tied = owner !== undefined && owner.personal_id === d.personal_id;
    return { owner: tied, byId: tied };
  }
  if (d.full_name !== null && record.owner_name !== null) return { owner: nameKey(d.full_name) === nameKey(record.owner_name), byId: false };
  return { owner: true, byId: false };
}

function fold(s: string): string {
  return foldVietnamese(s).replace(/[^a-z0-9]/g, '');
}
