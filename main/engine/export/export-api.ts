/** The engine's `export` calls: batches of resolved dossiers for the central system, written as the signed-in user. */
import type { BatchSummary, BatchVerdict, ExportPreview, ExportRequest, ExportResult } from '../domain/batch';
import { withDefaults, type InputOf } from '../domain/call';
import { exportCalls, type ExportCalls } from '../domain/export.calls';
import type { Actor } from '../users/accounts.service';
import type { Exporter } from './export.service';

/** The engine's `export` calls, as `engine.export` offers them. */
export interface ExportApi {
  /** Resolved dossiers not exported yet (with `reexport`, exported ones too). */
  preview(request?: In<'export.preview'>): ExportPreview;
  /** Writes a signed batch as the signed-in lead; progress as `job.progress` (kind export). */
  run(request: ExportRequest): Promise<ExportResult>;
  /** Batches this station wrote, newest first. */
  batches(request: In<'export.batches'>): { total: number; rows: BatchSummary[] };
  /** Checks a batch against this station's key and records, or against `key` (a key id) for another station's batch. */
  verify(input: In<'export.verify'>): Promise<BatchVerdict>;
}

/** A call's input, as its schema in domain/export.calls.ts gives it. */
type In<K extends keyof ExportCalls> = InputOf<ExportCalls, K>;

export function createExportApi(exporter: Exporter, actor: () => Actor | null): ExportApi {
  return {
    preview: (request = {}) => exporter.preview(withDefaults(exportCalls['export.preview'], request).reexport),
    run: (request) => exporter.run(actor(), withDefaults(exportCalls['export.run'], request)),
    batches: (input) => {
      const { offset, limit } = withDefaults(exportCalls['export.batches'], input);
      return exporter.batches(offset, limit);
    },
    verify: ({ dir, key }) => exporter.verify(dir, { keyId: key ?? null }),
  };
}
