import { randomUUID } from 'node:crypto';

/** Running jobs that the user may cancel. Cancellation is cooperative: a job checks its signal between batches. */
export class JobRegistry {
  private readonly running = new Map<string, AbortController>();

  start(): { jobId: string; signal: AbortSignal; finish: () => void } {
    const jobId = randomUUID();
    const controller = new AbortController();
    this.running.set(jobId, controller);
    return { jobId, signal: controller.signal, finish: () => this.running.delete(jobId) };
  }

  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) return false;
    controller.abort();
    return true;
  }
}
