/**
 * The engine's `records` calls: importing station record files (with progress, the lookup index kept current and
 * undecided dossiers linked again afterwards), finding, listing and showing records.
 */
import { basename } from 'node:path';
import type { RecordsRepo } from '../db/records.repo';
import type { EngineEvents } from '../engine-events';
import type { FindResult } from './find-result';
import type { ImportReport } from '../domain/import-report';
import type { RecordDetail, StationRecord } from './record';
import type { JobRegistry } from '../jobs/job-registry';
import { ProgressMeter } from '../jobs/progress-meter';
import type { RecordFinder } from './find.service';
import { importRecordFiles } from './import.service';
import { say } from '../domain/messages/catalogue';
import { withDefaults, type InputOf } from '../domain/call';
import { recordsCalls, type RecordsCalls } from '../domain/records.calls';

/** How often at most an import tells the screens the record count changed, in ms. */
const CHANGE_EVERY_MS = 1000;

export interface RecordsApiDeps {
  records: RecordsRepo;
  finder: RecordFinder;
  jobs: JobRegistry;
  emit: <E extends keyof EngineEvents>(name: E, payload: EngineEvents[E]) => void;
  /** Links again the dossiers no officer has decided on (their records may have arrived or changed); returns how many changed. */
  relinkUndecided: () => Promise<number>;
  /** The dossier count, for `dossiers.changed`. */
  dossierCount: () => number;
  /** Records just stored (new or changed), in a committed batch: their owners' reconciliation follows. */
  stored?: (seqs: readonly number[]) => void;
}

/** The engine's `records` calls, as `engine.records` offers them. */
export interface RecordsApi {
  /** `source` (the engine's own, not the contract's) names the import in each record's history (default: the files' names). */
  import(input: In<'records.import'> & { source?: string }): Promise<ImportReport>;
  find(input: In<'records.find'>): FindResult;
  list(input: In<'records.list'>): { total: number; rows: StationRecord[] };
  show(input: In<'records.show'>): RecordDetail[];
  stats(): { total: number; withIssues: number };
}

/** A call's input, as its schema in domain/records.calls.ts gives it. */
type In<K extends keyof RecordsCalls> = InputOf<RecordsCalls, K>;

export function createRecordsApi(deps: RecordsApiDeps): RecordsApi {
  const { records, finder, jobs, emit } = deps;
  return {
    import: async ({ files, source }) => {
      const job = jobs.start();
      const progress = new ProgressMeter(job.jobId, 'records.import', (p) => emit('job.progress', p));
      let lastChange = 0;
      try {
        const report = await importRecordFiles(files, {
          repo: records,
          progress,
          signal: job.signal,
          source: source ?? say('history.import_of', { files: files.map((f) => basename(f)).join(', ') }),
          onStored: (rows) => {
            finder.onStored(rows);
            deps.stored?.(rows.map((r) => r.seq));
            if (Date.now() - lastChange > CHANGE_EVERY_MS) {
              lastChange = Date.now();
              emit('records.changed', { total: records.count() });
            }
          },
        });
        // Dossiers scanned before their records arrived, or linked to records that changed, are linked again.
        if (report.imported + report.updated > 0 && (await deps.relinkUndecided()) > 0) emit('dossiers.changed', { total: deps.dossierCount() });
        return report;
      } finally {
        job.finish();
        emit('records.changed', { total: records.count() });
      }
    },
    find: (input) => {
      const { text, limit } = withDefaults(recordsCalls['records.find'], input);
      return finder.find(text, limit);
    },
    list: (input) => {
      const { offset, limit, filter } = withDefaults(recordsCalls['records.list'], input);
      return {
        total: filter === 'with_issues' ? records.countWithIssues() : records.count(),
        rows: records.list(offset, limit, filter === 'with_issues'),
      };
    },
    show: ({ ids }) =>
      ids.flatMap((id) => {
        const record = records.getById(id.normalize('NFC').trim());
        if (!record) return [];
        const { seq, ...rest } = record;
        return [{ ...rest, history: records.history(seq) }];
      }),
    stats: () => ({ total: records.count(), withIssues: records.countWithIssues() }),
  };
}
