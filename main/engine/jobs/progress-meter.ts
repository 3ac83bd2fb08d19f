import type { JobProgress } from '../domain/job-progress';

/**
 * Turns raw counters into the progress the user sees (rate, time left), throttled so that a fast loop
 * does not flood the UI with events. The rate is smoothed over the whole run so the ETA does not jump.
 */
export class ProgressMeter {
  private readonly started = Date.now();
  private lastEmit = 0;

  constructor(
    private readonly jobId: string,
    private readonly kind: JobProgress['kind'],
    private readonly emit: (progress: JobProgress) => void,
    private readonly intervalMs = 200,
  ) {}

  update(label: string, done: number, total: number | null, items: number, finished = false): void {
    const now = Date.now();
    if (!finished && now - this.lastEmit < this.intervalMs) return;
    this.lastEmit = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const fraction = total && total > 0 ? Math.min(done / total, 1) : null;
    const etaSeconds = finished ? 0 : fraction && fraction > 0.005 ? Math.round((seconds / fraction) * (1 - fraction)) : null;
    this.emit({
      jobId: this.jobId,
      kind: this.kind,
      label,
      done,
      total,
      items,
      itemsPerSecond: Math.round(items / seconds),
      etaSeconds,
      finished,
    });
  }
}
