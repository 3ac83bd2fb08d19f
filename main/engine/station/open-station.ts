/**
 * What happens before a station's database is opened, and right after: a restore stopped half-way is finished,
 * a missing database with its replaced copy beside it is refused (never a new, empty station in its place), and
 * the station is held shared for as long as it is open, so a restore waits for every window and command.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { lockStationAlone, holdStation, type StationLock } from '../db/station-lock';
import { finishInterruptedRestore, incomingPathOf, journalPathOf, refuseEmptyInPlaceOfRestored } from '../backup/restore-swap';
import { makePrivate } from './private-files';

export function openStation(dbPath: string, nativeBinding?: string): StationLock {
  if (dbPath === ':memory:') return holdStation(dbPath);
  mkdirSync(dirname(dbPath), { recursive: true, mode: 0o700 });
  if (existsSync(journalPathOf(dbPath))) {
    const alone = lockStationAlone(dbPath, { waitMs: 15_000, nativeBinding });
    try {
      finishInterruptedRestore(dbPath);
    } finally {
      alone.release();
    }
  }
  const lock = holdStation(dbPath, { nativeBinding });
  try {
    // No restore is running now (it would hold the station alone): a copy one left half-made is clutter.
    if (!existsSync(journalPathOf(dbPath))) rmSync(incomingPathOf(dbPath), { force: true });
    refuseEmptyInPlaceOfRestored(dbPath);
  } catch (error) {
    lock.release();
    throw error;
  }
  return lock;
}

/** Closes what an older version left open to every local user: the database, its WAL and the archive folder. */
export function closeStationFiles(dbPath: string, archiveDir: string): void {
  if (dbPath === ':memory:') return;
  for (const suffix of ['', '-wal', '-shm']) makePrivate(dbPath + suffix);
  // A closed archive folder keeps every file in it from other users, however each file was made.
  makePrivate(archiveDir);
}
