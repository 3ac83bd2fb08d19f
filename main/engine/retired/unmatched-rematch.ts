/**
 * List rows kept because they matched no record are matched again when records arrive later (a records import,
 * batch by batch), incrementally as the owners' reconciliation follows stored records: only the rows that a newly
 * stored record could be — same record id, same chassis up to OCR confusions, same plate — are looked up again,
 * by the list's own rule (find-listed-vehicle.ts). A row that now finds its record marks it (with the row's file
 * and line, as its import would have) and leaves the unmatched list; the record's dossiers are flagged again.
 */
import type { RetiredRepo, UnmatchedListRow } from '../db/retired.repo';
import { confusionFold, searchKey } from '../lookup/fold';
import type { StationRecord } from '../records/record';
import { findListedVehicle, type ListedVehicleLookup } from './find-listed-vehicle';
import { parseRetiredReason } from './retired-list';

export interface UnmatchedRematchDeps {
  repo: RetiredRepo;
  lookup: ListedVehicleLookup;
  /** The stored records with these seqs. */
  recordsAt(seqs: readonly number[]): Iterable<StationRecord>;
  reflag(dossierSeq: number): void;
}

export interface UnmatchedRematch {
  /** Records just stored (new or changed): the unmatched rows they may be are matched again; returns how many matched. */
  recordsStored(seqs: readonly number[]): number;
  /** The unmatched rows changed (a list was imported): the next check reads them again. */
  forget(): void;
}

const idKey = (id: string): string => `id:${id}`;
const chassisKey = (chassis: string): string => `ch:${confusionFold(searchKey(chassis))}`;
const plateKey = (plate: string): string => `pl:${searchKey(plate)}`;

function keysOfRow(row: UnmatchedListRow): string[] {
  return [row.record_id && idKey(row.record_id), row.chassis && chassisKey(row.chassis), row.plate && plateKey(row.plate)].filter((k): k is string => !!k);
}

function keysOfRecord(record: StationRecord): string[] {
  return [idKey(record.record_id), record.chassis && chassisKey(record.chassis), record.plate && plateKey(record.plate)].filter((k): k is string => !!k);
}

export function createUnmatchedRematch(deps: UnmatchedRematchDeps): UnmatchedRematch {
  // The unmatched rows by each key they name; built on the first records stored while any row is kept.
  let byKey: Map<string, UnmatchedListRow[]> | null = null;
  const build = (): Map<string, UnmatchedListRow[]> => {
    const map = new Map<string, UnmatchedListRow[]>();
    for (const row of deps.repo.unmatched()) for (const key of keysOfRow(row)) map.set(key, [...(map.get(key) ?? []), row]);
    return map;
  };
  const drop = (map: Map<string, UnmatchedListRow[]>, row: UnmatchedListRow): void => {
    for (const key of keysOfRow(row)) {
      const rest = (map.get(key) ?? []).filter((r) => r !== row);
      if (rest.length) map.set(key, rest);
      else map.delete(key);
    }
  };

  return {
    recordsStored(seqs) {
      if (seqs.length === 0) return 0;
      if (!deps.repo.hasUnmatched()) {
        byKey = null;
        return 0;
      }
      const map = (byKey ??= build());
      const candidates = new Set<UnmatchedListRow>();
      for (const record of deps.recordsAt(seqs)) for (const key of keysOfRecord(record)) for (const row of map.get(key) ?? []) candidates.add(row);
      if (candidates.size === 0) return 0;
      const now = new Date().toISOString();
      const touched: string[] = [];
      deps.repo.atomically(() => {
        for (const row of candidates) {
          const reason = row.reason === null ? null : parseRetiredReason(row.reason);
          const found = reason === null ? null : findListedVehicle({ ...row, reason }, deps.lookup);
          if (!found || 'why' in found || reason === null) continue;
          const current = deps.repo.currentMark(found.record.seq);
          if (!current || current.reason !== reason || current.listed_on !== row.listed_on) {
            deps.repo.addMark(found.record.seq, { reason, listed_on: row.listed_on }, row.file, row.row, now);
            touched.push(found.record.record_id);
          }
          deps.repo.clearUnmatched(row.file, row.row);
          drop(map, row);
        }
      });
      for (const seq of deps.repo.dossierSeqsLinkedTo(touched)) deps.reflag(seq);
      return touched.length;
    },
    forget() {
      byKey = null;
    },
  };
}
