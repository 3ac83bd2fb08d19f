/** How far a long job (a records import, a scan import, an export) has got: the `job.progress` event. */
export interface JobProgress {
  jobId: string;
  kind: 'records.import' | 'scan.import' | 'export';
  label: string;
  done: number;
  total: number | null;
  items: number;
  itemsPerSecond: number;
  etaSeconds: number | null;
  finished: boolean;
}
