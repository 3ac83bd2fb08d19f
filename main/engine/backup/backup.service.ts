/**
 * Backup and restore of a station. A backup is one SQLite file: a consistent online copy of the station
 * database (SQLite's backup API, so scanning and review go on meanwhile) with the index of every archived
 * original and page image (path, SHA-256, size) beside it, written to a temporary name and renamed when
 * complete. Restore refuses anything that is not a whole backup of this app or that names files outside the
 * archive's content-addressed layout (see restore-check.ts), and keeps the database it replaces beside it.
 */
import { existsSync } from 'node:fs';
import { chmod, copyFile, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { crashPoint } from '../crash-point';
import type { Db } from '../db/database';
import { openDatabase } from '../db/database';
import { lockStationAlone } from '../db/station-lock';
import { makePrivateDir } from '../station/private-files';
import { finishInterruptedRestore, incomingPathOf, swapInRestoredCopy, syncFile } from './restore-swap';
import { archivedFiles, BACKUP_APP, checkpointForMove, copyDatabase, prepareRestoredCopy, readBackupInfo, schemaVersion, stationCounts, stationNames, writeBackupIndex, type BackupInfo, type StationNames } from '../db/backup.repo';
import { describeError, reasonOf, UserError } from '../errors';
import { foreignName } from './restore-check';
import { say } from '../domain/messages/catalogue';
import type { BackupReport } from '../domain/backup';

export type { BackupReport };

async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** True while a process with this id runs (a backup it is writing is not to be touched). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes what a backup to the same file left when it was killed (`<file>.<pid>.partial` of a process gone). */
async function removeDeadPartials(file: string): Promise<void> {
  const prefix = `${basename(file)}.`;
  const names = await readdir(dirname(file)).catch(() => [] as string[]);
  for (const name of names) {
    const pid = name.startsWith(prefix) && name.endsWith('.partial') ? Number(name.slice(prefix.length, -'.partial'.length)) : NaN;
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !running(pid)) await rm(join(dirname(file), name), { force: true });
  }
}

export async function backupStation(db: Db, station: string, outFile: string): Promise<BackupReport> {
  const file = resolve(outFile);
  try {
    await makePrivateDir(dirname(file));
  } catch (error) {
    throw new UserError(say('backup.cannot_write', { file, reason: describeError(error).text ?? describeError(error).message }), 'unavailable');
  }
  const temp = `${file}.${process.pid}.partial`;
  await removeDeadPartials(file);
  try {
    await copyDatabase(db, temp);
    crashPoint('backup.copied');
    const files = await Promise.all(
      archivedFiles(db).map(async (f) => ({ ...f, bytes: await stat(f.path).then((s) => s.size, () => null) })),
    );
    const info: BackupInfo = {
      app: BACKUP_APP,
      created_at: new Date().toISOString(),
      station,
      schema: schemaVersion(db),
      ...stationCounts(db),
      archived_files: files.length,
    };
    writeBackupIndex(temp, info, files);
    // A backup holds the whole station: owner-only, whatever the umask.
    await chmod(temp, 0o600);
    await fsyncFile(temp);
    await rename(temp, file);
    return { ...info, file, bytes: (await stat(file)).size, missing_files: files.filter((f) => f.bytes === null).map((f) => f.path) };
  } catch (error) {
    await rm(temp, { force: true });
    if (error instanceof UserError) throw error;
    throw new UserError(say('backup.write_failed', { file, reason: reasonOf(error) }), 'unavailable');
  }
}

export interface RestoreReport extends BackupInfo {
  file: string;
  /** Where the database that was replaced now is (null when there was none). */
  previous: string | null;
  missing_files: string[];
}

/**
 * Checks the copy that would be restored, not the backup file itself (which could change meanwhile): its own
 * tables must name only what this app writes. Throws the refusal sentence naming the backup.
 */
function checkRestoredCopy(source: string, copy: string): StationNames {
  let names: StationNames;
  try {
    names = stationNames(copy);
  } catch (error) {
    throw new UserError(say('backup.invalid', { file: source, reason: reasonOf(error) }), 'bad_input');
  }
  const foreign = foreignName(names);
  if (foreign) throw new UserError(say('backup.foreign', { file: source, what: foreign }), 'bad_input');
  return names;
}

/**
 * Replaces the station database at `dbPath` with the backup in `file`. Holds the station alone throughout
 * (refused while a window or a command has it open), folds the replaced database's WAL into it before it moves,
 * and swaps through a journal, so a kill at any point leaves either the old station or the restored one.
 */
export async function restoreStation(file: string, dbPath: string): Promise<RestoreReport> {
  const source = resolve(file);
  if (!existsSync(source)) throw new UserError(say('backup.missing', { file: source }), 'bad_input');
  let read: ReturnType<typeof readBackupInfo>;
  try {
    read = readBackupInfo(source);
  } catch (error) {
    throw new UserError(say('backup.invalid', { file: source, reason: reasonOf(error) }), 'bad_input');
  }
  await makePrivateDir(dirname(dbPath));
  const lock = lockStationAlone(dbPath);
  try {
    finishInterruptedRestore(dbPath);
    const incoming = incomingPathOf(dbPath);
    let names: StationNames;
    // Everything that can refuse the backup happens before the current database is touched.
    try {
      await copyFile(source, incoming);
      await chmod(incoming, 0o600);
      names = checkRestoredCopy(source, incoming);
      prepareRestoredCopy(incoming);
      syncFile(incoming);
    } catch (error) {
      for (const suffix of ['', '-wal', '-shm', '-journal']) await rm(incoming + suffix, { force: true });
      if (error instanceof UserError) throw error;
      throw new UserError(say('backup.restore_failed', { file: source, reason: reasonOf(error) }), 'unavailable');
    }
    let previous: string | null = null;
    if (existsSync(dbPath)) {
      if (!checkpointForMove(dbPath)) {
        await rm(incoming, { force: true });
        throw new UserError(say('backup.station_unsaved', { db: dbPath }), 'station_in_use');
      }
      previous = `${dbPath}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    }
    swapInRestoredCopy(dbPath, { previous: previous ?? `${dbPath}.before-restore-none`, incoming });
    // Brings an older backup's schema up to this build's now, while nothing else has the station open.
    openDatabase(dbPath).close();
    const missing = names.archived.filter((f) => !existsSync(f.path)).map((f) => f.path);
    return { ...read.info, file: source, previous, missing_files: [...new Set(missing)] };
  } finally {
    lock.release();
  }
}
