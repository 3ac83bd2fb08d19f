import { basename, dirname, join } from 'node:path';
import { openDatabase, type OpenOptions } from './db/database';
import { DossiersRepo } from './db/dossiers.repo';
import { RecordsRepo } from './db/records.repo';
import { SettingsRepo } from './db/settings.repo';
import type { Engine, EngineEvents, EngineListener, Settings } from './engine.types';
import { JobRegistry } from './jobs/job-registry';
import { ProgressMeter } from './jobs/progress-meter';
import { RecordFinder } from './records/find.service';
import { importRecordFiles } from './records/import.service';
import { PageToolsRepo } from './db/page-tools.repo';
import { createPageTools } from './scan/page-tools.service';
import { createScanner } from './scan/scanner';
import { createScanSources } from './scan/scan-sources.service';
import type { SourceOptions } from './sources';
import { DEMO_STATION_NAME, seedDemoStation } from './station/demo-station';
import { version } from '../../package.json';

export interface EngineOptions extends OpenOptions {
  dbPath: string;
  /** Open as the built-in demo station: seeded with generated records when empty. */
  demo?: boolean;
  /** The station's display name, stored on first open. */
  station?: string;
  /** Build the lookup index in the background right away (the desktop app), instead of on first search (the CLI). */
  warmLookup?: boolean;
  /** Go on with pages an earlier run left queued (the desktop app; the CLI's scan import does it itself). */
  resumeWork?: boolean;
  /** Where original scans and page images are kept; default: an `archive` folder beside the database. */
  archiveDir?: string;
  /** OCR workers; default: one less than the CPU count, at least one. */
  ocrWorkers?: number;
  /** How scanners are driven (scanimage's command and environment, NAPS2's path and profiles). */
  scanSources?: SourceOptions;
  /** Hot-folder polling and settle times in ms (tests make them short). */
  hotFolder?: { pollMs?: number; settleMs?: number };
}

const DEFAULT_SETTINGS: Settings = { locale: 'vi' };

/** Opens a station and returns the engine's one API object. */
export async function createEngine(options: EngineOptions): Promise<Engine> {
  const db = openDatabase(options.dbPath, options);
  const records = new RecordsRepo(db);
  const settings = new SettingsRepo(db);
  const jobs = new JobRegistry();
  const finder = new RecordFinder(records);
  const listeners = new Set<EngineListener>();
  const dossiers = new DossiersRepo(db);
  const archiveDir = options.archiveDir ?? join(dirname(options.dbPath), 'archive');
  const scanner = createScanner({
    repo: dossiers,
    archiveDir,
    jobs,
    ocrWorkers: options.ocrWorkers,
    emit: (p) => emit('job.progress', p),
    changed: () => emit('dossiers.changed', { total: dossiers.count() }),
  });

  const sources = createScanSources({
    scanner,
    archiveDir,
    jobs,
    sourceOptions: options.scanSources ?? {},
    hotFolder: options.hotFolder,
    emit: (p) => emit('job.progress', p),
  });

  const emit = <E extends keyof EngineEvents>(name: E, payload: EngineEvents[E]): void => {
    for (const listener of listeners) listener(name, payload);
  };
  const pageTools = createPageTools({
    repo: dossiers,
    tools: new PageToolsRepo(db),
    archiveDir,
    settle: () => {
      emit('dossiers.changed', { total: dossiers.count() });
      scanner.resume();
    },
  });

  if (options.demo) {
    seedDemoStation(records);
    if (!settings.get<string | null>('station', null)) settings.set('station', DEMO_STATION_NAME);
    settings.set('demo', true);
  } else if (options.station && !settings.get<string | null>('station', null)) {
    settings.set('station', options.station);
  }

  if (options.warmLookup) void finder.warmUp();
  if (options.resumeWork) scanner.resume();

  const engine: Engine = {
    info: () => ({
      version,
      station: settings.get('station', 'Sohoa Station'),
      demo: settings.get('demo', false),
      dbPath: options.dbPath,
    }),
    settings: {
      get: () => ({ ...DEFAULT_SETTINGS, ...settings.get<Partial<Settings>>('preferences', {}) }),
      set: (patch) => {
        const next = { ...engine.settings.get(), ...patch };
        settings.set('preferences', next);
        return next;
      },
    },
    records: {
      import: async (files, importOptions = {}) => {
        const job = jobs.start();
        const progress = new ProgressMeter(job.jobId, 'records.import', (p) => emit('job.progress', p));
        let lastChange = 0;
        try {
          return await importRecordFiles(files, {
            repo: records,
            progress,
            signal: job.signal,
            source: importOptions.source ?? `import of ${files.map((f) => basename(f)).join(', ')}`,
            onStored: (rows) => {
              finder.onStored(rows);
              if (Date.now() - lastChange > 1000) {
                lastChange = Date.now();
                emit('records.changed', { total: records.count() });
              }
            },
          });
        } finally {
          job.finish();
          emit('records.changed', { total: records.count() });
        }
      },
      find: (text, limit = 20) => finder.find(text, limit),
      list: (offset, limit, filter) => ({
        total: filter === 'with_issues' ? records.countWithIssues() : records.count(),
        rows: records.list(offset, limit, filter === 'with_issues'),
      }),
      show: (ids) =>
        ids.flatMap((id) => {
          const record = records.getById(id.normalize('NFC').trim());
          if (!record) return [];
          const { seq, ...rest } = record;
          return [{ ...rest, history: records.history(seq) }];
        }),
      stats: () => ({ total: records.count(), withIssues: records.countWithIssues() }),
    },
    jobs: { cancel: (jobId) => jobs.cancel(jobId) },
    scan: {
      import: (paths, scanOptions) => scanner.import(paths, scanOptions),
      devices: () => sources.devices(),
      fromDevice: (request) => sources.fromDevice(request),
      watch: (dir) => sources.watch(dir),
      unwatch: () => sources.unwatch(),
      watchStatus: () => sources.watchStatus(),
    },
    dossiers: {
      list: () => scanner.list(),
      window: (offset, limit, status) => scanner.window(offset, limit, status),
      pages: (id) => scanner.pages(id),
      rotatePage: async (id, pageNo, quarterTurns) => {
        pageTools.rotate(id, pageNo, quarterTurns);
        return scanner.pages(id);
      },
      movePage: async (id, pageNo, toPageNo) => {
        pageTools.move(id, pageNo, toPageNo);
        return scanner.pages(id);
      },
      removePage: async (id, pageNo) => {
        pageTools.remove(id, pageNo);
        return scanner.pages(id);
      },
      restorePage: async (id) => ({ pageNo: pageTools.restore(id), pages: await scanner.pages(id) }),
      replacePage: async (id, pageNo, file) => {
        await pageTools.replace(id, pageNo, file);
        return scanner.pages(id);
      },
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {
      // The watcher may be waiting on a batch's OCR: stopping the scanner ends that wait, then the watcher ends.
      const watcherStopped = sources.close();
      await scanner.close();
      await watcherStopped;
      db.close();
    },
  };
  return engine;
}
