/**
 * The swap at the heart of a restore: the station database moves aside and the checked copy takes its place.
 * Two renames cannot be one atomic step, so the swap is written down first (`station.db.restore-journal`, flushed
 * to disk) and whoever next opens the station finishes it: a kill between the renames never leaves a station
 * without its database, and the next start never makes a new, empty one in its place.
 */
import { existsSync, openSync, closeSync, fsyncSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { crashPoint } from '../crash-point';
import { UserError } from '../errors';
import { say } from '../domain/messages/catalogue';

interface SwapPlan {
  /** Where the database being replaced goes. */
  previous: string;
  /** The checked copy of the backup, complete and flushed. */
  incoming: string;
}

export const journalPathOf = (dbPath: string): string => `${dbPath}.restore-journal`;
/** Where restore prepares the copy it will put in place (one name, so the next start can find it). */
export const incomingPathOf = (dbPath: string): string => `${dbPath}.restoring`;

function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder; its renames are durable enough there.
  }
}

export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Puts `incoming` in place of the database at `dbPath`, keeping the old one as `previous`. */
export function swapInRestoredCopy(dbPath: string, plan: SwapPlan): void {
  const journal = journalPathOf(dbPath);
  writeFileSync(journal, JSON.stringify(plan), { mode: 0o600 });
  syncFile(journal);
  syncDir(dirname(dbPath));
  finishSwap(dbPath, plan);
}

function finishSwap(dbPath: string, plan: SwapPlan): void {
  if (existsSync(plan.incoming)) {
    if (existsSync(dbPath)) {
      // Its WAL was checkpointed into it before the journal was written; the shared-memory index is rebuilt.
      renameSync(dbPath, plan.previous);
      rmSync(`${dbPath}-shm`, { force: true });
      crashPoint('restore.swapping');
    }
    renameSync(plan.incoming, dbPath);
  } else if (!existsSync(dbPath) && existsSync(plan.previous)) {
    renameSync(plan.previous, dbPath);
  }
  syncDir(dirname(dbPath));
  rmSync(journalPathOf(dbPath), { force: true });
}

/**
 * Finishes a restore that was stopped between its renames (call with the station held alone). True when there
 * was one. A copy left half-made by a restore stopped earlier (before its journal) is removed.
 */
export function finishInterruptedRestore(dbPath: string): boolean {
  const journal = journalPathOf(dbPath);
  if (!existsSync(journal)) {
    rmSync(incomingPathOf(dbPath), { force: true });
    return false;
  }
  let plan: SwapPlan;
  try {
    plan = JSON.parse(readFileSync(journal, 'utf8')) as SwapPlan;
  } catch {
    // A journal cut short was written before either rename (it is flushed before them): nothing moved yet.
    rmSync(journal, { force: true });
    rmSync(incomingPathOf(dbPath), { force: true });
    return false;
  }
  // Only a name restore itself gives is trusted from the journal.
  const previous = String(plan.previous ?? '');
  if (dirname(previous) !== dirname(dbPath) || !basename(previous).startsWith(`${basename(dbPath)}.before-restore-`)) {
    throw new UserError(say('station.untrusted_journal', { db: dbPath, journal }), 'db_unavailable');
  }
  finishSwap(dbPath, { previous, incoming: incomingPathOf(dbPath) });
  return true;
}

/**
 * Refuses to create a new station where one was replaced and is now missing (its copy kept as
 * `…before-restore-…`): a new, empty station there would hide the real one.
 */
export function refuseEmptyInPlaceOfRestored(dbPath: string): void {
  if (dbPath === ':memory:' || existsSync(dbPath)) return;
  let kept: string[] = [];
  try {
    const prefix = `${basename(dbPath)}.before-restore-`;
    kept = readdirSync(dirname(dbPath)).filter((n) => n.startsWith(prefix) && !/-(wal|shm|journal)$/.test(n)).sort();
  } catch {
    return;
  }
  const latest = kept[kept.length - 1];
  if (latest) {
    throw new UserError(say('station.earlier_kept', { db: dbPath, kept: join(dirname(dbPath), latest), name: basename(dbPath) }), 'db_missing');
  }
}
