/** The engine's one API object: what the desktop shell, the test host and the command line all drive. */
import type { HistoryEntry, RecordDetail, RecordIssue, StationRecord } from './records/record';
import type { DeviceScanRequest, ScannerDevice } from './scan/device-scan.service';
import type { WatchedBatch, WatchStatus } from './scan/scan-sources.service';
import type { AuditVerdict } from './domain/review';
import type { DecisionRequest } from './review/decide.service';
import type { ReviewDossier } from './review/review-view';
import type { AuditEntry, QueueItem } from './domain/review';
import type { QueueRequest } from './review/review.service';
import type { Role } from './users/accounts.service';
import type { BackupReport } from './backup/backup.service';
import type { BatchSummary, BatchVerdict, ExportPreviewItem, ExportRequest, ExportResult } from './domain/batch';
import type { DashboardStats } from './dashboard/dashboard.types';
import type { CampaignApi } from './engine-campaign';
import type { DashboardApi } from './dashboard/dashboard-api';
import type { ExportApi } from './export/export-api';
import type { PeopleCalls } from './engine-people';
import type { DossiersApi } from './scan/dossiers-api';
import type { RecordsApi } from './records/records-api';
import type { ScanApi } from './scan/scan-api';
import type { SettingsApi } from './settings/settings-api';
import type { RetiredApi } from './engine-retired';
import type { JobProgress } from './domain/job-progress';
import type { ImportReport } from './domain/import-report';
import type { FindCandidate, FindResult, LookupField } from './records/find-result';
import type { ScanImportReport } from './scan/scan-import-report';
import type { DossierFlag, DossierView, PageView } from './scan/dossier-view';
import type { Settings, StationFacts } from './domain/settings';
import type { InputOf } from './domain/call';
import type { RecordsCalls } from './domain/records.calls';
import type { StationCalls } from './domain/station.calls';

export type { DeviceScanRequest, ScannerDevice, WatchedBatch, WatchStatus };
export type { DossierFlag, DossierView, FindCandidate, FindResult, ImportReport, JobProgress, LookupField, PageView, ScanImportReport, Settings, StationFacts };

export type { AuditEntry };
export type { BackupReport, DashboardStats, AuditVerdict, DecisionRequest, QueueItem, QueueRequest, ReviewDossier, Role };

export type { EngineEventName, EngineEvents, EngineListener } from './engine-events';
import type { EngineListener } from './engine-events';

/** The campaign's register, owner reconciliation and declarations come from CampaignApi (engine-campaign.ts). */
export interface Engine extends CampaignApi, RetiredApi, PeopleCalls {
  app: {
    info(): { version: string; station: string; demo: boolean; dbPath: string };
  };
  settings: SettingsApi;
  records: RecordsApi;
  jobs: {
    /** Cancels a running job; cancelled is false when no such job runs. */
    cancel(input: InputOf<RecordsCalls, 'jobs.cancel'>): { cancelled: boolean };
  };
  scan: ScanApi;
  dossiers: DossiersApi;
  /** Batches of resolved dossiers for the central system (see main/engine/export). */
  export: ExportApi;
  station: {
    /** A consistent online copy of the station database with the index of its archived files. */
    backup(input: InputOf<StationCalls, 'station.backup'>): Promise<BackupReport>;
  };
  dashboard: DashboardApi;
  /** Subscribes to every event; returns the unsubscribe function. */
  subscribe(listener: EngineListener): () => void;
  /** Stops the OCR workers and closes the database. */
  close(): Promise<void>;
}

export type { HistoryEntry, RecordDetail, RecordIssue, StationRecord };
export type { BatchSummary, BatchVerdict, ExportPreviewItem, ExportRequest, ExportResult };
