/**
 * The scheduled daily backup: while the app runs, once a day, a backup into the folder chosen in the settings,
 * keeping the newest few. A station PC is often switched on only during office hours, so instead of a fixed time
 * the schedule checks every hour whether today's backup exists yet.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { localDay } from '../dashboard/dashboard.service';
import { say } from '../domain/messages/catalogue';
import { renderMessage } from '../domain/messages/render';

export const KEEP_BACKUPS = 7;
const PREFIX = 'sohoa-daily-';
const SUFFIX = '.sohoa-backup';
const CHECK_MS = 3_600_000;

export interface DailyBackupDeps {
  /** The backup folder from the settings, null when none is chosen. */
  folder: () => string | null;
  backup: (outFile: string) => Promise<unknown>;
  /** Where a failure is told (the station keeps working either way). */
  warn: (message: string) => void;
  now?: () => Date;
}

/** Makes today's backup in the folder if it is missing, then removes all but the newest `KEEP_BACKUPS`. */
export async function runDailyBackup(deps: DailyBackupDeps): Promise<string | null> {
  const folder = deps.folder();
  if (!folder) return null;
  const name = `${PREFIX}${localDay(deps.now?.() ?? new Date())}${SUFFIX}`;
  const existing = await readdir(folder).catch(() => [] as string[]);
  if (existing.includes(name)) return null;
  const file = join(folder, name);
  await deps.backup(file);
  // Names sort by date; other files in the folder are not ours and are left alone.
  const ours = [...new Set([...existing, name])].filter((f) => f.startsWith(PREFIX) && f.endsWith(SUFFIX)).sort();
  await Promise.all(ours.slice(0, -KEEP_BACKUPS).map((f) => rm(join(folder, f), { force: true })));
  return file;
}

/** Starts the hourly check (the first one at once); returns the function that stops it. */
export function scheduleDailyBackups(deps: DailyBackupDeps): () => void {
  let running = false;
  const tick = (): void => {
    if (running) return;
    running = true;
    runDailyBackup(deps)
      .catch((error: unknown) => deps.warn(renderMessage(say('backup.daily_failed', { reason: (error as Error).message }), 'en')))
      .finally(() => (running = false));
  };
  tick();
  const timer = setInterval(tick, CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
