/** The engine's `export` calls: batches of resolved dossiers for the central system, written as the signed-in user. */
import type { BatchSummary, BatchVerdict, ExportPreview, ExportRequest, ExportResult } from '../domain/batch';
import type { Actor } from '../users/accounts.service';
import type { Exporter } from './export.service';

/** The engine's `export` calls, as `engine.export` offers them. */
export interface ExportApi {
  /** Resolved dossiers not exported yet (with `reexport`, exported ones too). */
  preview(request?: { reexport?: boolean }): ExportPreview;
  /** Writes a signed batch as the signed-in lead; progress as `job.progress` (kind export). */
  run(request: ExportRequest): Promise<ExportResult>;
  /** Batches this station wrote, newest first. */
  batches(request: { offset: number; limit: number }): { total: number; rows: BatchSummary[] };
  /** Checks a batch against this station's key and records, or against `key` (a key id) for another station's batch. */
  verify(input: { dir: string; key?: string | null }): Promise<BatchVerdict>;
}

export function createExportApi(exporter: Exporter, actor: () => Actor | null): ExportApi {
  return {
    preview: (request = {}) => exporter.preview(request.reexport),
    run: (request) => exporter.run(actor(), request),
    batches: ({ offset, limit }) => exporter.batches(offset, limit),
    verify: ({ dir, key }) => exporter.verify(dir, { keyId: key ?? null }),
  };
}
