/**
 * How far a long job (a records import, a scan import, an export) has got: the `job.progress` event the engine emits
 * and the contract carries to the screens. A zod schema, its type inferred; the engine (jobs/progress-meter.ts) and the
 * contract (records.calls.ts) both take it from here. Rate and ETA are computed by the engine so every
 * screen shows the same numbers.
 */
import { z } from 'zod';

export const JobProgress = z.object({
  jobId: z.string(),
  kind: z.enum(['records.import', 'scan.import', 'export']),
  /** What is being worked on now, e.g. the file name. */
  label: z.string(),
  done: z.number(),
  total: z.number().nullable(),
  /** Items (rows, pages) finished so far and their rate per second. */
  items: z.number().int(),
  itemsPerSecond: z.number(),
  etaSeconds: z.number().nullable(),
  finished: z.boolean(),
});
export type JobProgress = z.infer<typeof JobProgress>;
