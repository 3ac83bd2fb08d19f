/**
 * Named places where a crash would hurt most (between a file landing and the database knowing of it, inside a
 * transaction). `SOHOA_CRASH_AT=<name>` makes the process SIGKILL itself when it reaches that place, so the crash
 * tests can hit windows a few microseconds wide instead of hoping a random kill lands there. Unset — always, in
 * a station — it does nothing.
 */
export type CrashPoint =
  | 'records.batch'
  | 'scan.archived'
  | 'scan.claiming'
  | 'scan.page-done'
  | 'review.decision'
  | 'export.placing'
  | 'export.placed'
  | 'restore.swapping'
  | 'backup.copied';

/**
 * `SOHOA_STALL_AT=<name>:<ms>` holds the process that long at that place instead, so the concurrency tests can
 * make two real processes meet inside a window (two imports between their check and their claim).
 */
export function crashPoint(name: CrashPoint): void {
  if (process.env.SOHOA_CRASH_AT === name) process.kill(process.pid, 'SIGKILL');
  const stall = process.env.SOHOA_STALL_AT;
  if (stall && stall.startsWith(`${name}:`)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(stall.slice(name.length + 1)) || 0);
}
