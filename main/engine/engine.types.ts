/** The engine's one API object: what the desktop shell, the test host and the command line all drive. */
import type { MergeOutcome } from './review/merge.service';
import type { FieldIssue, StoredRecord } from './records/record';
import type { HistoryEntry } from './db/records.repo';
import type { DeviceScanRequest, ScannerDevice } from './scan/device-scan.service';
import type { WatchedBatch, WatchStatus } from './scan/scan-sources.service';
import type { SourceKind } from './sources';
import type { AuditEntry as ChainedAuditEntry, ChainVerdict } from './audit/audit-chain';
import type { DecisionOutcome, DecisionRequest } from './review/decide.service';
import type { QueueItemView, ReviewDossierView } from './review/review-view';
import type { QueueRequest } from './review/review.service';
import type { Role } from './users/accounts.service';
import type { BackupReport } from './backup/backup.service';
import type { BatchRow } from './db/export.repo';
import type { ExportPreviewItem, ExportRequest, ExportResult } from './export/export.service';
import type { BatchVerdict } from './export/verify-batch';
import type { DashboardStats } from './dashboard/dashboard.types';
import type { CampaignApi } from './engine-campaign.types';
import type { RetiredApi } from './engine-retired';
import type { JobProgress } from './jobs/job-progress';
import type { ImportReport } from './records/import-report';
import type { FindCandidate, FindResult, LookupField } from './records/find-result';
import type { ScanImportReport } from './scan/scan-import-report';
import type { DossierFlagView, DossierView, PageView } from './scan/dossier-view';
import type { Settings, StationFacts } from './settings/settings.types';

export type { DeviceScanRequest, ScannerDevice, WatchedBatch, WatchStatus };
export type { DossierFlagView, DossierView, FindCandidate, FindResult, ImportReport, JobProgress, LookupField, PageView, ScanImportReport, Settings, StationFacts };

export type AuditEntryView = Omit<ChainedAuditEntry, 'prev_hash' | 'hash'>;
export type { BackupReport, DashboardStats, ChainVerdict, DecisionRequest, QueueItemView, QueueRequest, ReviewDossierView, Role };

export interface EngineEvents {
  'job.progress': JobProgress;
  'records.changed': { total: number };
  'dossiers.changed': { total: number };
}
export type EngineEventName = keyof EngineEvents;
export type EngineListener = <E extends EngineEventName>(name: E, payload: EngineEvents[E]) => void;

/** The campaign's register, owner reconciliation and declarations come from CampaignApi (engine-campaign.types.ts). */
export interface Engine extends CampaignApi, RetiredApi {
  info(): { version: string; station: string; demo: boolean; dbPath: string };
  settings: {
    get(): Settings;
    set(patch: Partial<Settings>): Settings;
    station(): StationFacts;
  };
  records: {
    import(files: string[], options?: { source?: string }): Promise<ImportReport>;
    find(text: string, limit?: number): FindResult;
    list(offset: number, limit: number, filter: 'all' | 'with_issues'): { total: number; rows: StoredRecord[] };
    show(ids: string[]): (StoredRecord & { history: HistoryEntry[] })[];
    stats(): { total: number; withIssues: number };
  };
  jobs: {
    cancel(jobId: string): boolean;
  };
  scan: {
    /** Imports files and folders as dossiers and runs the pipeline until every queued page is processed. */
    import(paths: string[], options?: { stack?: boolean; kind?: 'vehicle' | 'licence'; box?: string | null }): Promise<ScanImportReport>;
    /** How `import` would split these paths into dossiers (CLI.md rules), without importing anything. */
    plan(paths: string[], options?: { stack?: boolean }): Promise<{ dossiers: { source: string[]; files: string[] }[]; errors: { path: string; message: string }[] }>;
    /** Scan sources usable on this machine and the devices they can drive now. */
    devices(): Promise<{ sources: SourceKind[]; devices: ScannerDevice[] }>;
    /**
     * Scans a batch into a fresh folder under the archive's `inbox`, imports it as one dossier (or, with `stack`,
     * one per separator sheet) and runs the pipeline like `import`. Progress: `scan.import` labelled `scanner`.
     */
    fromDevice(request: DeviceScanRequest): Promise<ScanImportReport>;
    /** Writes `count` separator sheets as an A4 PDF to print (the intake splits a stack at them). */
    separatorSheets(outFile: string, count: number, style?: 'bars' | 'qr'): Promise<{ file: string; sheets: number }>;
    /**
     * Watches a hot folder (stopping any earlier one); each finished batch is imported like `import`, one at a
     * time. `onBatch` hears what each batch became (the command line prints it; the Scan screen reads watchStatus).
     */
    watch(dir: string, onBatch?: (batch: WatchedBatch) => void): Promise<WatchStatus>;
    unwatch(): Promise<WatchStatus>;
    watchStatus(): WatchStatus;
  };
  dossiers: {
    list(): DossierView[];
    window(offset: number, limit: number, status?: DossierView['status']): { total: number; rows: DossierView[] };
    pages(id: string): Promise<PageView[]>;
    /** One page as scanned (not turned), as a JPEG data: URL at most `maxWidth` wide, for the review's page viewer. */
    pageImage(id: string, pageNo: number, maxWidth: number): Promise<{ image: string; width: number; height: number }>;
    /**
     * The clerk's page tools (0-based page numbers). Each refuses with a UserError when the dossier is exported
     * or the page does not exist, answers with the dossier's pages, and re-analyses changed pages in the
     * background (`dossiers.changed` follows).
     */
    rotatePage(id: string, pageNo: number, quarterTurns: number): Promise<PageView[]>;
    movePage(id: string, pageNo: number, toPageNo: number): Promise<PageView[]>;
    /** Moves the page to the dossier's history (restorable), renumbers the rest and fuses the dossier again. */
    removePage(id: string, pageNo: number): Promise<PageView[]>;
    /** Puts back the page removed last, where it was; pageNo null when no page was removed. */
    restorePage(id: string): Promise<{ pageNo: number | null; pages: PageView[] }>;
    /** Puts the first page of `file` in place of the page; the old image is kept in the dossier's history. */
    replacePage(id: string, pageNo: number, file: string): Promise<PageView[]>;
  };
  /** Local accounts and the app's signed-in user (the command line signs in per command). */
  auth: {
    signIn(name: string, password: string): Promise<{ name: string; role: Role }>;
    signOut(): null;
    current(): { name: string; role: Role } | null;
    /** True when the station has no account yet (the first one may be made without signing in). */
    needsFirstUser(): boolean;
  };
  users: {
    /** Adds an account: by the signed-in lead, or by anyone while the station has none; `asOwner` = the command line. */
    add(name: string, role: string, password: string, options?: { asOwner?: boolean }): Promise<{ name: string; role: Role }>;
    list(): { name: string; role: Role }[];
  };
  review: {
    queue(request: QueueRequest): { total: number; rows: QueueItemView[] };
    dossier(id: string): ReviewDossierView;
    /** A decision by the signed-in user (officer or lead). */
    decide(request: DecisionRequest): Promise<DecisionOutcome & { dossier: ReviewDossierView }>;
    undo(dossier: string, field?: string): Promise<DecisionOutcome & { dossier: ReviewDossierView }>;
    bulkConfirm(ids: string[]): Promise<{ confirmed: string[]; skipped: { id: string; reason: string }[] }>;
    /**
     * Merges a duplicate dossier into the other (signed-in officer or lead): its pages move, kept with their readings
     * and history, to the end of `into`, which is fused, linked and flagged again; `from` is set aside with a
     * sentence naming `into` (status `failed`, out of the queue and the export); audited as `review.merge`.
     */
    merge(request: { from: string; into: string }): Promise<MergeOutcome>;
  };
  audit: {
    list(offset: number, limit: number, dossier?: string): { total: number; rows: AuditEntryView[] };
    verify(): ChainVerdict;
  };
  /** Batches of resolved dossiers for the central system (see main/engine/export). */
  export: {
    /** Resolved dossiers not exported yet (with `reexport`, exported ones too). */
    preview(reexport?: boolean): { dossiers: ExportPreviewItem[]; pages: number };
    /** Writes a signed batch as the signed-in lead; progress as `job.progress` (kind export). */
    run(request: ExportRequest): Promise<ExportResult>;
    /** Batches this station wrote, newest first. */
    batches(offset: number, limit: number): { total: number; rows: BatchRow[] };
    /** Checks a batch folder; every missing, extra or altered file and a bad manifest or signature is a problem. */
    /** Checks a batch against this station's key and records, or against `keyId` for another station's batch. */
    verify(dir: string, options?: { keyId?: string | null }): Promise<BatchVerdict>;
  };
  /** A consistent online copy of the station database with the index of its archived files. */
  backup(outFile: string): Promise<BackupReport>;
  dashboard: {
    /** The station's progress like the campaign's daily report. */
    stats(): DashboardStats;
    /** The same as a one-page PDF, in the station's language. */
    report(outFile: string, locale: 'vi' | 'en'): Promise<{ file: string; bytes: number }>;
  };
  /** Subscribes to every event; returns the unsubscribe function. */
  subscribe(listener: EngineListener): () => void;
  /** Stops the OCR workers and closes the database. */
  close(): Promise<void>;
}

export type { FieldIssue, StoredRecord, HistoryEntry };
export type { BatchRow, BatchVerdict, ExportPreviewItem, ExportRequest, ExportResult };
