/**
 * The retired-vehicles part of the engine's API (the department's list of vehicles past service life or out of
 * circulation): import, the marked vehicles with their dossiers, the counts and the pick list. engine.ts hands it
 * the shared pieces; everything else lives under retired/ and db/retired.repo.ts.
 */
import type { RetiredRepo } from './db/retired.repo';
import type { RecordsRepo } from './db/records.repo';
import { say } from './domain/messages/catalogue';
import type { JobProgress } from './domain/job-progress';
import type { FindCandidate } from './records/find-result';
import type { JobRegistry } from './jobs/job-registry';
import { ProgressMeter } from './jobs/progress-meter';
import { createRetired } from './retired/retired.service';
import type { PickListWritten, RetiredCounts, RetiredImportReport, RetiredListEntry, RetiredUnmatched, RetiredVehicle } from './domain/retired';
import { withDefaults, type InputOf } from './domain/call';
import { retiredCalls, type RetiredCalls } from './domain/retired.calls';

export type { RetiredCounts, RetiredImportReport, RetiredListEntry, RetiredUnmatched, RetiredVehicle };

export interface RetiredApi {
  retired: {
    /** Imports the department's list (CSV, XLSX, JSON): marks the records it names, keeps rows matching none. */
    /** `source` (the engine's own, not the contract's) names the import in each mark's history. */
    import(input: In<'retired.import'> & { source?: string }): Promise<RetiredImportReport>;
    /** Every marked vehicle with its current mark and its scanned dossiers (CLI.md `retired list`). */
    list(): RetiredListEntry[];
    /** A window of marked vehicles with owner and each dossier's state, for the Retired screen. */
    vehicles(input: In<'retired.vehicles'>): { total: number; rows: RetiredVehicle[] };
    /** List rows that matched no record, kept for the officer (the first `limit`, all without one). */
    unmatched(input?: In<'retired.unmatched'>): RetiredUnmatched[];
    counts(): RetiredCounts;
    /** Writes the pick list (what to pull from which box) as a PDF. */
    pickList(request: In<'retired.pickList'>): Promise<PickListWritten>;
  };
}

/** A call's input, as its schema in domain/retired.calls.ts gives it. */
type In<K extends keyof RetiredCalls> = InputOf<RetiredCalls, K>;

export function createRetiredApi(deps: {
  repo: RetiredRepo;
  records: RecordsRepo;
  jobs: JobRegistry;
  find(text: string, fuzzy: boolean): FindCandidate[];
  reflag(dossierSeq: number): void;
  progress(p: JobProgress): void;
}): { api: RetiredApi; recordsStored(seqs: readonly number[]): void } {
  const retired = createRetired({
    repo: deps.repo,
    lookup: {
      // Marking needs only which record a row names (the list's thousands of rows read no record's values for it).
      byRecordId: (id) => {
        const seq = deps.records.seqOf(id);
        return seq === undefined ? undefined : { seq, record_id: id };
      },
      find: deps.find,
    },
    reflag: deps.reflag,
    recordsAt: (seqs) => deps.records.getBySeqs(seqs).values(),
  });
  const named = (files: string[]): string => files.map((f) => f.split(/[\\/]/).pop() ?? f).join(', ');
  const api: RetiredApi = {
    retired: {
      async import({ files, source: label }) {
        const job = deps.jobs.start();
        try {
          const source = label ?? say('history.import_of', { files: named(files) });
          return await retired.import(files, { progress: new ProgressMeter(job.jobId, 'records.import', deps.progress), signal: job.signal, source });
        } finally {
          job.finish();
        }
      },
      list: () => retired.list(),
      vehicles: (input) => {
        const { offset, limit } = withDefaults(retiredCalls['retired.vehicles'], input);
        const { total, rows } = retired.vehicles(offset, limit);
        return { total, rows: rows.map((v) => ({ ...v, dossiers: v.dossiers.map(({ record_id: _record, ...dossier }) => dossier) })) };
      },
      unmatched: ({ limit } = {}) => retired.unmatched().slice(0, limit),
      counts: () => retired.counts(),
      pickList: (input) => {
        const { out, locale } = withDefaults(retiredCalls['retired.pickList'], input);
        return retired.savePickList(out, locale);
      },
    },
  };
  // Records imported after the list may be vehicles it named: its unmatched rows are matched again as they arrive.
  return { api, recordsStored: (seqs) => void retired.recordsStored(seqs) };
}
