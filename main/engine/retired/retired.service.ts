/**
 * The department's list of vehicles past their service life or out of circulation (issue 18): imported with the
 * records importer's readers and rules, each row matched with its record and the record marked (a new mark row
 * when the reason or date changes; marks are never deleted), rows matching no record kept for the officer, and
 * every scanned dossier of a newly marked vehicle flagged again so its `retired` flag appears even when the
 * paper was scanned before the list arrived.
 */
import { basename } from 'node:path';
import type { MarkedDossier, MarkedVehicle, RetiredRepo, UnmatchedListRow } from '../db/retired.repo';
import { importKeyedFiles, type KeyedImportContext, type KeyedTable } from '../reconcile/keyed-import';
import type { Locale } from '../domain/settings';
import { findListedVehicle, type ListedVehicleLookup } from './find-listed-vehicle';
import { savePickList, type PickListLine } from './pick-list-pdf';
import { createUnmatchedRematch } from './unmatched-rematch';
import type { StationRecord } from '../records/record';
import { normalizeListedVehicle, RETIRED_COLUMNS, type ListedVehicle, type RetiredField } from './retired-list';
import type { PickListWritten, RetiredCounts, RetiredImportReport, RetiredListEntry } from '../domain/retired';
import { say } from '../domain/messages/catalogue';
import { said } from '../domain/messages/said';

const LIST_CAP = 1000;

export interface RetiredDeps {
  repo: RetiredRepo;
  lookup: ListedVehicleLookup;
  /** Flags a dossier again (its record was just marked). */
  reflag(dossierSeq: number): void;
  /** The stored records with these seqs (records that arrive after the list may match its unmatched rows). */
  recordsAt(seqs: readonly number[]): Iterable<StationRecord>;
}

export interface Retired {
  import(files: string[], ctx: KeyedImportContext): Promise<RetiredImportReport>;
  list(): RetiredListEntry[];
  /** Marked vehicles with their owner and each dossier's state, for the Retired screen. */
  vehicles(offset: number, limit: number): { total: number; rows: (MarkedVehicle & { dossiers: MarkedDossier[] })[] };
  unmatched(): UnmatchedListRow[];
  counts(): RetiredCounts;
  savePickList(outFile: string, locale: Locale): Promise<PickListWritten>;
  /** Records just stored: list rows kept unmatched that they may be are matched again; returns how many were marked. */
  recordsStored(seqs: readonly number[]): number;
}

export function createRetired(deps: RetiredDeps): Retired {
  const dossiersByRecord = (): Map<string, MarkedDossier[]> => {
    const map = new Map<string, MarkedDossier[]>();
    for (const d of deps.repo.markedDossiers()) map.set(d.record_id, [...(map.get(d.record_id) ?? []), d]);
    return map;
  };
  const rematch = createUnmatchedRematch(deps);
  return {
    async import(files, ctx) {
      const started = Date.now();
      const report: RetiredImportReport = { marked: 0, already_marked: 0, unmatched: [], rejected: 0, errors: [], cancelled: false, seconds: 0 };
      for (const file of files) {
        if (ctx.signal.aborted) break;
        const read = await importKeyedFiles([file], listTable(deps, file, report), ctx);
        report.rejected += read.rejected;
        for (const e of read.errors) if (report.errors.length < LIST_CAP) report.errors.push(e);
      }
      // The rows kept unmatched changed: the next records stored look at them afresh.
      rematch.forget();
      report.cancelled = ctx.signal.aborted;
      report.seconds = Math.round((Date.now() - started) / 10) / 100;
      return report;
    },
    list() {
      const dossiers = dossiersByRecord();
      return deps.repo.marked().map((v) => ({
        record_id: v.record_id,
        plate: v.plate,
        chassis: v.chassis,
        reason: v.reason,
        listed_on: v.listed_on,
        dossiers: (dossiers.get(v.record_id) ?? []).map((d) => ({ id: d.id, box: d.box })),
      }));
    },
    vehicles(offset, limit) {
      const dossiers = dossiersByRecord();
      const counts = deps.repo.counts();
      return { total: counts.marked, rows: deps.repo.marked(offset, limit).map((v) => ({ ...v, dossiers: dossiers.get(v.record_id) ?? [] })) };
    },
    unmatched: () => deps.repo.unmatched(),
    counts() {
      const { listed, marked, unmatched, found, dossiers, separated } = deps.repo.counts();
      return { listed, marked, unmatched, found, dossiers, separated };
    },
    async savePickList(outFile, locale) {
      const dossiers = dossiersByRecord();
      let unscanned = 0;
      const lines = deps.repo.marked().flatMap((v): PickListLine[] => {
        const own = dossiers.get(v.record_id) ?? [];
        if (own.length === 0) unscanned += 1;
        return own.map((d) => ({ record_id: v.record_id, plate: v.plate, owner_name: v.owner_name, reason: v.reason, box: d.box, dossier: d.id, separated: d.separated }));
      });
      return savePickList(lines, unscanned, locale, outFile);
    },
    recordsStored: (seqs) => rematch.recordsStored(seqs),
  };
}

/**
 * The list file as a keyed table: each batch of rows is matched and marked in one transaction, then the dossiers
 * of the vehicles it marked are flagged again. The importer's own counts are not used (a list row is not an
 * upsert); `report` gathers marked, already marked and unmatched rows.
 */
function listTable(deps: RetiredDeps, file: string, report: RetiredImportReport): KeyedTable<RetiredField, ListedVehicle> {
  const label = basename(file);
  return {
    columns: RETIRED_COLUMNS,
    keyLabel: say('key.vehicle'),
    keyOf: (item) => item.record_id ?? item.chassis ?? item.plate ?? '',
    normalize: normalizeListedVehicle,
    upsertBatch(batch, _source, seen) {
      const now = new Date().toISOString();
      const touched: string[] = [];
      const results = deps.repo.atomically(() =>
        batch.map(({ item, row }) => {
          const found = findListedVehicle(item, deps.lookup);
          if ('why' in found) {
            const text = say('retired.unmatched', { file: label, row, why: found.why });
            deps.repo.keepUnmatched({ file, row, ...item, text }, now);
            if (report.unmatched.length < LIST_CAP) report.unmatched.push({ file, row, ...said(text) });
            return { outcome: 'unchanged' as const, seq: 0 };
          }
          deps.repo.clearUnmatched(file, row);
          const { record } = found;
          const current = deps.repo.currentMark(record.seq);
          // A vehicle listed twice in one file keeps its first row's mark.
          const repeated = seen.rowOf(record.seq) !== undefined;
          seen.mark(record.seq, repeated ? seen.rowOf(record.seq)! : row);
          if (repeated || (current && current.reason === item.reason && current.listed_on === item.listed_on)) {
            report.already_marked += 1;
            return { outcome: 'unchanged' as const, seq: record.seq };
          }
          deps.repo.addMark(record.seq, { reason: item.reason, listed_on: item.listed_on }, file, row, now);
          report.marked += 1;
          touched.push(record.record_id);
          return { outcome: current ? ('updated' as const) : ('imported' as const), seq: record.seq };
        }),
      );
      for (const seq of deps.repo.dossierSeqsLinkedTo(touched)) deps.reflag(seq);
      return results;
    },
  };
}
