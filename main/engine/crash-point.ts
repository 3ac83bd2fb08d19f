/**
 * Named places where a crash would hurt most (between a file landing and the database knowing of it, inside a
 * transaction). `SOHOA_CRASH_AT=<name>` makes the process SIGKILL itself when it reaches that place, so the crash
 * tests can hit windows a few microseconds wide instead of hoping a random kill lands there. Unset — always, in
 * a station — it does nothing.
 */
export type CrashPoint = 'records.batch' | 'scan.archived' | 'scan.page-done' | 'review.decision' | 'export.placing' | 'export.placed';

export function crashPoint(name: CrashPoint): void {
  if (process.env.SOHOA_CRASH_AT === name) process.kill(process.pid, 'SIGKILL');
}
