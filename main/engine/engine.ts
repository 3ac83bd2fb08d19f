import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openDatabase, type OpenOptions } from './db/database';
import { DossiersRepo } from './db/dossiers.repo';
import { RecordsRepo } from './db/records.repo';
import { SettingsRepo } from './db/settings.repo';
import type { Engine, EngineEvents, EngineListener } from './engine.types';
import { JobRegistry } from './jobs/job-registry';
import { RecordFinder } from './records/find.service';
import { createRecordsApi } from './records/records-api';
import { PageToolsRepo } from './db/page-tools.repo';
import { createPageTools } from './scan/page-tools.service';
import { MergeRepo } from './db/merge.repo';
import { mergeDossiers } from './review/merge.service';
import { defaultPoolSize } from './ocr/ocr-worker-pool';
import { createScanner } from './scan/scanner';
import type { PageAnalyzer } from './scan/scan-queue.service';
import { createScanSources } from './scan/scan-sources.service';
import { createDossiersApi } from './scan/dossiers-api';
import { createScanApi } from './scan/scan-api';
import type { SourceOptions } from './sources';
import { DEMO_STATION_NAME, seedDemoAccounts, seedDemoStation } from './station/demo-station';
import { AuditRepo } from './db/audit.repo';
import { ReviewRepo } from './db/review.repo';
import { UsersRepo } from './db/users.repo';
import { backupStation } from './backup/backup.service';
import { createReview } from './review/review.service';
import { Accounts } from './users/accounts.service';
import { createPeopleApi } from './engine-people';
import { createCampaignApi } from './engine-campaign';
import { createRetiredApi } from './engine-retired';
import { RetiredRepo } from './db/retired.repo';
import { ExportRepo } from './db/export.repo';
import { createExporter } from './export/export.service';
import { createExportApi } from './export/export-api';
import { finishInterruptedExports } from './export/interrupted-exports';
import { keyFileOf, moveKeyOutOfDatabase } from './export/station-key';
import { DashboardRepo } from './db/dashboard.repo';
import { createDashboardApi } from './dashboard/dashboard-api';
import { createScanAttribution } from './dashboard/scan-attribution';
import { scheduleDailyBackups } from './backup/daily-backup';
import { checkArchiveReachable, createSettingsApi, savedPreferences } from './settings/settings-api';
import { archiveProblem } from './settings/folder-reach';
import { closeStationFiles, openStation } from './station/open-station';
import { createOwnerOnly } from './station/private-files';
import { version } from '../../package.json';
import type { BatchIo } from './export/batch-writer';
import { withCallDefaults } from './domain/call';
import { calls } from './domain/calls';

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
  /** OCR workers; default: the station's setting, else one less than the CPU count, at least one. */
  ocrWorkers?: number;
  /** With no OCR workers set (option or setting), read on every core: the command line, which has the machine to itself. */
  ocrEveryCore?: boolean;
  /** How scanners are driven (scanimage's command and environment, NAPS2's path and profiles). */
  scanSources?: SourceOptions;
  /** The demo station's sample scans (a folder), imported on its first start. */
  demoScans?: string;
  /** Hot-folder polling and settle times in ms (tests make them short). */
  hotFolder?: { pollMs?: number; settleMs?: number };
  /** Make the daily backup into the settings' backup folder while the engine runs (the desktop app). */
  scheduleBackups?: boolean;
  /**
   * The pipeline's page-reading stage (stages 2–3: a page image → its words and field readings), in place of OCR
   * with the dossier kind's field finding. Everything else a page goes through is the same: intake, the page queue,
   * fusion, linking, flags. Tests and benchmarks of what follows OCR give the readings of their synthetic pages.
   */
  readPage?: PageAnalyzer;
  /** How an export writes its batch's files: the disk by default (tests give a disk that fills up part-way). */
  batchIo?: BatchIo;
}

/** Opens a station and returns the engine's one API object. */
export async function createEngine(options: EngineOptions): Promise<Engine> {
  createOwnerOnly();
  const lock = openStation(options.dbPath, options.nativeBinding);
  let db: ReturnType<typeof openDatabase>;
  try {
    db = openDatabase(options.dbPath, options);
  } catch (error) {
    lock.release();
    throw error;
  }
  const records = new RecordsRepo(db);
  const settings = new SettingsRepo(db);
  const jobs = new JobRegistry();
  const finder = new RecordFinder(records);
  const listeners = new Set<EngineListener>();
  const dossiers = new DossiersRepo(db);
  // The folder in use is fixed for the run: pages already queued point into it.
  const archiveDir = options.archiveDir ?? savedPreferences(settings).archiveFolder ?? join(dirname(options.dbPath), 'archive');
  closeStationFiles(options.dbPath, archiveDir);
  const audit = new AuditRepo(db);
  const accounts = new Accounts(new UsersRepo(db), audit);
  const dashboardRepo = new DashboardRepo(db);
  const attribution = createScanAttribution(dashboardRepo);
  const settingsApi = createSettingsApi(settings, { archiveDir, dbPath: options.dbPath });
  const preferences = settingsApi.get;
  const retiredRepo = new RetiredRepo(db);
  const review = createReview({
    repo: new ReviewRepo(db),
    retiredMark: (recordId) => retiredRepo.markOf(recordId),
    // Licence dossiers link to the licence records (created with the campaign API below, used once scans are read).
    licences: {
      find: (text, limit) => campaign.licences.find({ text, limit }),
      findHolder: (name, birthDate) => campaign.licences.findHolder({ name, birthDate }),
      show: (licenceNo) => campaign.licences.show({ licence_no: licenceNo }),
    },
    dossiers,
    records,
    audit,
    find: (text) => finder.find(text, 10).candidates,
    recordChanged: (recordId) => {
      const record = records.getById(recordId);
      if (record) finder.onStored([{ seq: record.seq, record }]);
      // A value taken from the paper may be the owner's: the owner's reconciliation follows.
      if (record) campaignFeed.recordsStored([record.seq]);
    },
    correctLicence: (licenceNo, field, value, source) => campaignFeed.correctLicence(licenceNo, field, value, source),
  });
  const mergeRepo = new MergeRepo(db);
  const people = createPeopleApi({
    accounts,
    attribution,
    review,
    audit,
    changed: () => emit('dossiers.changed', { total: dossiers.count() }),
    merge: (actor, request) => mergeDossiers({ repo: mergeRepo, dossiers, audit, fused: (seq) => review.evaluate(seq) }, actor, request),
  });
  const { api: campaign, ...campaignFeed } = createCampaignApi({
    db,
    records,
    audit,
    jobs,
    find: (text, fuzzy) => finder.find(text, 2, fuzzy).candidates,
    actor: () => people.actor(),
    progress: (p) => emit('job.progress', p),
    recordChanged: (recordId) => {
      const record = records.getById(recordId);
      if (record) finder.onStored([{ seq: record.seq, record }]);
    },
  });
  const { api: retired, recordsStored: retiredRecordsStored } = createRetiredApi({
    repo: retiredRepo,
    records,
    jobs,
    find: (text, fuzzy) => finder.find(text, 5, fuzzy).candidates,
    reflag: (seq) => review.reflag(seq),
    progress: (p) => emit('job.progress', p),
  });
  const scanner = createScanner({
    repo: dossiers,
    archiveDir,
    jobs,
    ocrWorkers: options.ocrWorkers ?? preferences().ocrWorkers ?? (options.ocrEveryCore ? defaultPoolSize('every') : undefined),
    emit: (p) => emit('job.progress', p),
    changed: () => {
      attribution.stamp();
      emit('dossiers.changed', { total: dossiers.count() });
    },
    fused: (seq) => review.evaluate(seq),
    readPage: options.readPage,
  });

  const sources = createScanSources({
    scanner,
    archiveDir,
    jobs,
    sourceOptions: options.scanSources ?? {},
    hotFolder: options.hotFolder,
    emit: (p) => emit('job.progress', p),
    labels: () => ({ kind: preferences().scanKind ?? 'vehicle', box: preferences().scanBox?.trim() || null }),
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
    fused: (seq) => review.evaluate(seq),
  });

  const exportRepo = new ExportRepo(db);
  // An export killed between placing its folder and recording it is finished (or its leftovers removed) first.
  finishInterruptedExports({ repo: exportRepo, audit });
  const keyFile = options.dbPath === ':memory:' ? null : keyFileOf(options.dbPath);
  if (keyFile) moveKeyOutOfDatabase(exportRepo, keyFile);
  const exporter = createExporter({
    keyFile,
    repo: exportRepo,
    review: new ReviewRepo(db),
    audit,
    jobs,
    station: () => settings.get('station', 'Sohoa Station'),
    emit: (p) => emit('job.progress', p),
    changed: () => emit('dossiers.changed', { total: dossiers.count() }),
    retiredMarks: () => retiredRepo.marksByRecord(),
    io: options.batchIo,
  });

  if (options.demo) {
    seedDemoStation(records);
    await seedDemoAccounts(accounts);
    if (!settings.get<string | null>('station', null)) settings.set('station', DEMO_STATION_NAME);
    settings.set('demo', true);
  } else if (options.station && !settings.get<string | null>('station', null)) {
    settings.set('station', options.station);
  }

  if (options.warmLookup) void finder.warmUp();
  if (options.resumeWork) scanner.resume();
  // A newcomer's demo station reads its sample scans in the background, so the review has work at once.
  if (options.demo && options.demoScans && dossiers.count() === 0 && existsSync(options.demoScans) && !archiveProblem(archiveDir)) {
    void scanner.import([options.demoScans]).catch(() => undefined);
  }

  const archiveReachable = (): void => checkArchiveReachable(archiveDir);

  // A call's defaults come from its schema for every caller (the command line calls the engine without the boundary).
  const engine: Engine = withCallDefaults<Engine>({
    app: {
      info: () => ({
        version,
        station: settings.get('station', 'Sohoa Station'),
        demo: settings.get('demo', false),
        dbPath: options.dbPath,
      }),
    },
    settings: settingsApi,
    records: createRecordsApi({
      records,
      finder,
      jobs,
      emit,
      relinkUndecided: () => review.relinkUndecided(),
      dossierCount: () => dossiers.count(),
      stored: (seqs) => {
        campaignFeed.recordsStored(seqs);
        retiredRecordsStored(seqs);
      },
    }),
    jobs: { cancel: ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }) },
    scan: createScanApi(scanner, sources, archiveReachable),
    dossiers: createDossiersApi(scanner, pageTools, review.decorate),
    auth: people.auth,
    users: people.users,
    review: people.review,
    audit: people.audit,
    ...campaign,
    ...retired,
    export: createExportApi(exporter, () => people.actor()),
    station: { backup: ({ out }) => backupStation(db, settings.get('station', 'Sohoa Station'), out) },
    dashboard: createDashboardApi({
      repo: dashboardRepo,
      station: () => settings.get('station', 'Sohoa Station'),
      campaign: () => {
        const { residents, declarations, this_week, last_week } = campaign.campaign.stats();
        return { residents, declarations, this_week, last_week };
      },
    }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {
      stopBackups();
      // The watcher may be waiting on a batch's OCR: stopping the scanner ends that wait, then the watcher ends.
      const watcherStopped = sources.close();
      await scanner.close();
      await watcherStopped;
      db.close();
      lock.release();
    },
  }, calls);
  // Started once the API object exists, since the first check may run a backup at once.
  const stopBackups = options.scheduleBackups
    ? scheduleDailyBackups({ folder: () => preferences().backupFolder ?? null, backup: (out) => engine.station.backup({ out }), warn: (m) => console.warn(m) })
    : (): void => undefined;
  return engine;
}
