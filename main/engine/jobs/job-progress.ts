/** How far a long job (a records import, a scan import, an export) has got: the `job.progress` event. */

// The domain's (main/engine/domain/job-progress.ts): the engine emits what the contract carries.
export type { JobProgress } from '../domain/job-progress';
