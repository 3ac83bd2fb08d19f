/**
 * A station's files are for its owner alone: the database (citizens' names, ID numbers, addresses), the archive
 * of scanned ID copies and registration papers (sensitive personal data under Decree 356/2025), backups, batches
 * and the signing key. Everything the engine creates is owner-only (0600 files, 0700 folders); what an older
 * version created open to every local user is closed when the station is opened. Windows has no such modes:
 * there the user profile's ACLs protect the app's folders.
 */
import { chmodSync, existsSync, statSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';

export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

/**
 * Makes the process create every file and folder owner-only from now on (SQLite's database, WAL and shared
 * memory files, archived pages, backups, batches): one place instead of a mode at every write.
 */
export function createOwnerOnly(): void {
  if (process.platform === 'win32') return;
  try {
    process.umask(0o077);
  } catch {
    // Worker threads cannot set it; the engine's own process does.
  }
}

/** Creates the folder (and missing parents) owner-only; a folder that exists is left as its owner set it. */
export async function makePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR });
}

/** Closes a file or folder the station owns to everyone but its owner (files 0600, folders 0700). */
export function makePrivate(path: string): void {
  if (process.platform === 'win32' || !existsSync(path)) return;
  try {
    const info = statSync(path);
    const wanted = info.isDirectory() ? PRIVATE_DIR : PRIVATE_FILE;
    if ((info.mode & 0o777) !== wanted) chmodSync(path, wanted);
  } catch {
    // Not ours to change (another user's file, a read-only disk): the open goes on.
  }
}

export async function makePrivateAsync(path: string): Promise<void> {
  if (process.platform === 'win32') return;
  await chmod(path, PRIVATE_FILE).catch(() => undefined);
}
