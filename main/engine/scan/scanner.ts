import type { DossiersRepo } from '../db/dossiers.repo';
import type { JobProgress } from '../domain/job-progress';
import type { DossierView, PageView } from './dossier-view';
import type { ScanImportReport } from './scan-import-report';
import type { DossierRow } from '../db/dossiers.repo';
import { pagePreview, pageThumbnail } from './thumbnail';
import { DiskFullError, UserError } from '../errors';
import { stagesOf } from '../dossier-kinds/dossier-kinds';
import { createOcrPool, defaultPoolSize, type OcrPool } from '../ocr/ocr-worker-pool';
import type { JobRegistry } from '../jobs/job-registry';
import { ProgressMeter } from '../jobs/progress-meter';
import { intake } from '../pipeline';
import { intakePlans, type IntakeLabels, type IntakeReport } from './scan-intake.service';
import { finishDossier, runScanQueue, type PageAnalyzer } from './scan-queue.service';
import type { DossierPlan } from './scan.types';
import { storeReadDossiers, type ReadDossier } from './read-dossiers.service';
import { analyzeTurned } from './user-rotation';
import { say } from '../domain/messages/catalogue';
import { renderMessage } from '../domain/messages/render';
import { storedSentence, readMessages } from '../domain/messages/stored';

export interface Scanner {
  import(paths: string[], options?: { stack?: boolean } & IntakeLabels): Promise<ScanImportReport>;
  /** Imports dossiers whose page files are already known (a scanner's batch), then works the queue like `import`. */
  importPlans(plans: DossierPlan[], labels?: IntakeLabels): Promise<ScanImportReport>;
  /** Stores dossiers whose pages were read elsewhere, fused, linked and flagged, in one transaction (see storeReadDossiers). */
  importRead(dossiers: readonly ReadDossier[]): Promise<string[]>;
  window(offset: number, limit: number, status?: DossierView['status']): { total: number; rows: DossierView[] };
  pages(id: string): Promise<PageView[]>;
  pageImage(id: string, pageNo: number, maxWidth: number): Promise<{ image: string; width: number; height: number }>;
  /** Works pages left queued by an earlier run (a crash, a closed app) in the background. */
  resume(): void;
  list(): DossierView[];
  close(): Promise<void>;
}

/**
 * Scanning as the engine offers it: intake, then the page queue worked by a pool of OCR workers that is
 * started on first need (opening a station stays instant) and recycled as it goes.
 */
export function createScanner(deps: {
  repo: DossiersRepo;
  archiveDir: string;
  jobs: JobRegistry;
  ocrWorkers?: number;
  emit: (progress: JobProgress) => void;
  /** Dossiers were created or changed state (throttled to about one call a second). */
  changed: () => void;
  /** A dossier's fields were fused from its pages (linking and flags follow). */
  fused?: (dossierSeq: number) => void;
  /** The page-reading stage in place of OCR with the kind's field finding (see EngineOptions.readPage). */
  readPage?: PageAnalyzer;
}): Scanner {
  let lastChange = 0;
  const changed = (force = false): void => {
    if (!force && Date.now() - lastChange < 1000) return;
    lastChange = Date.now();
    deps.changed();
  };
  let pool: Promise<OcrPool> | null = null;
  const workers = deps.ocrWorkers ?? defaultPoolSize();
  const ocrPool = (): Promise<OcrPool> => (pool ??= createOcrPool({ size: workers }));
  const ocrReader = async (): Promise<PageAnalyzer> => {
    const ocr = await ocrPool();
    return (image, userRotation, kind) => analyzeTurned(image, userRotation, (turned) => stagesOf(kind).fieldFinding(turned, ocr));
  };
  // One queue runner at a time: a second request waits for the first and then works what is left.
  let draining: Promise<number> = Promise.resolve(0);
  const stopping = new AbortController();

  const drain = (): Promise<number> => {
    const run = async (): Promise<number> => {
      if (stopping.signal.aborted) return 0;
      // Finish what a crash left between a dossier's last page and its linking, before (or without) new work.
      for (const seq of deps.repo.strandedSeqs()) finishDossier(seq, deps.repo, deps.fused);
      if (deps.repo.countQueued() === 0) return 0;
      const job = deps.jobs.start();
      const meter = new ProgressMeter(job.jobId, 'scan.import', deps.emit);
      try {
        const analyze = deps.readPage ?? (await ocrReader());
        const done = await runScanQueue({
          repo: deps.repo,
          analyze,
          // One page more than workers, so a page is being prepared while the others are read.
          concurrency: workers + 1,
          fused: deps.fused,
          signal: AbortSignal.any([job.signal, stopping.signal]),
          onProgress: (p) => {
            meter.update('pages', p.done, p.total, p.done);
            changed();
          },
        });
        meter.update('pages', done.done, done.total, done.done, true);
        changed(true);
        return done.done;
      } catch (error) {
        meter.update('pages', 0, 0, 0, true);
        changed(true);
        throw error;
      } finally {
        job.finish();
      }
    };
    draining = draining.then(run, run);
    return draining;
  };

  // One intake at a time (the clerk's import, a scanner batch, the hot folder): the same file arriving twice at
  // once is then still recognised as a duplicate, and dossiers are numbered in the order they came.
  let intaking: Promise<unknown> = Promise.resolve();
  const importWith = async (intake: () => Promise<IntakeReport>): Promise<ScanImportReport> => {
    const started = Date.now();
    const turn = intaking.then(intake, intake);
    intaking = turn.catch(() => undefined);
    const report = await turn;
    changed(true);
    let pages = 0;
    try {
      pages = await drain();
    } catch (error) {
      if (!(error instanceof DiskFullError)) throw error;
      const text = say('intake.disk_full_queued', { where: error.where });
      report.errors.push({ path: typeof error.where === 'object' ? renderMessage(error.where, 'en') : String(error.where), message: renderMessage(text, 'en'), text });
    }
    return { ...report, created: [...report.created, ...splitOff(report.created)], pages, seconds: Math.round((Date.now() - started) / 10) / 100 };
  };
  // A file of licence cards becomes one dossier per card once read: the dossiers split off the ones just created
  // (same source, numbered after them) are this import's too.
  const splitOff = (created: readonly string[]): string[] => {
    if (created.length === 0) return [];
    const rows = deps.repo.list();
    const mine = new Set(created);
    const sources = new Set(rows.filter((d) => mine.has(d.id)).map((d) => JSON.stringify(d.source)));
    const number = (id: string): number => Number(id.replace(/\D/g, ''));
    const last = Math.max(...created.map(number));
    return rows.filter((d) => !mine.has(d.id) && number(d.id) > last && sources.has(JSON.stringify(d.source))).map((d) => d.id);
  };
  const ctx = { repo: deps.repo, archiveDir: deps.archiveDir, onDossier: () => changed() };

  return {
    import: (paths, options = {}) => importWith(() => intake(paths, { ...ctx, stack: options.stack, kind: options.kind, box: options.box })),
    importPlans: (plans, labels = {}) => importWith(() => intakePlans(plans, { ...ctx, kind: labels.kind, box: labels.box })),
    async importRead(dossiers) {
      const created = await storeReadDossiers(dossiers, { repo: deps.repo, archiveDir: deps.archiveDir, fused: deps.fused });
      changed(true);
      return created;
    },
    resume() {
      drain().catch(() => undefined);
    },
    list: () => deps.repo.list().map(toView),
    window: (offset, limit, status) => {
      const { total, rows } = deps.repo.window(offset, limit, status);
      return { total, rows: rows.map(toView) };
    },
    pages: async (id) =>
      Promise.all(
        deps.repo.pagesOf(id).map(async ({ imagePath, ...page }) => ({
          ...page,
          error: storedSentence(page.error),
          problems: readMessages(page.error),
          thumbnail: await pageThumbnail(imagePath, page.rotation ?? page.userRotation),
        })),
      ),
    async pageImage(id, pageNo, maxWidth) {
      const page = deps.repo.pagesOf(id).find((p) => p.pageNo === pageNo);
      if (!page) throw new UserError(say('pages.no_page', { dossier: id, page: pageNo + 1 }), 'not_found');
      try {
        return { image: await pagePreview(page.imagePath, maxWidth), width: page.width, height: page.height };
      } catch {
        throw new UserError(say('pages.image_unreadable', { page: pageNo + 1, dossier: id, path: page.imagePath }), 'unavailable');
      }
    },
    async close() {
      stopping.abort();
      if (pool) await (await pool).terminate().catch(() => undefined);
    },
  };
}

function toView(d: DossierRow): DossierView {
  return {
    id: d.id,
    source: d.source,
    pages: d.pages,
    status: d.status,
    error: storedSentence(d.error),
    problems: readMessages(d.error),
    fields: Object.fromEntries(stagesOf(d.kind).fields.map((f) => [f, (d.fields as Record<string, DossierView['fields'][string]> | null)?.[f] ?? null])),
    record_id: d.record_id,
    kind: d.kind,
    box: d.box,
    flags: [],
  };
}
