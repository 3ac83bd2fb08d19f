/**
 * Writes a batch folder atomically: every file goes into a hidden temporary folder beside the target, each is
 * flushed to disk, then the folder is renamed into place. A crash, a full disk or a pulled USB stick leaves
 * at most a `.…partial` folder, never a batch that looks complete.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, mkdir, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UserError } from '../errors';
import { MANIFEST_JSON, type ManifestFile } from './manifest';
import { say } from '../domain/messages/catalogue';

/** The file system calls a batch needs; tests swap in one that fails part-way like a full disk. */
export interface BatchIo {
  writeFile(path: string, data: Uint8Array): Promise<void>;
}

export const diskIo: BatchIo = {
  async writeFile(path, data) {
    // Owner-only: a batch carries citizens' names, ID numbers and their scanned papers.
    const handle = await open(path, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

/** Flushes a folder's entries (the names of the files in it); not possible on Windows, where rename is durable. */
async function syncDir(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EPERM/EINVAL on platforms that cannot open or sync a folder.
  } finally {
    await handle?.close();
  }
}

/** One sentence for a file-system failure, naming the place and what the user can do. */
export function describeWriteError(error: unknown, where: string): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new UserError(say('export.disk_full', { where }), 'disk_full');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new UserError(say('export.not_writable', { where }), 'not_writable');
  if (code === 'ENOTDIR') return new UserError(say('export.not_a_folder', { where }), 'not_writable');
  if (code === 'ENOTEMPTY' || code === 'EEXIST') {
    return new UserError(say('export.raced', { where }), 'conflict');
  }
  return new UserError(say('export.write_failed', { where, reason: (error as Error).message.split('\n')[0] ?? '' }), 'write_failed');
}

/** Where a batch goes: `out` itself when it does not exist or is an empty folder, else a new folder inside it. */
export async function batchTarget(out: string, batchName: string): Promise<string> {
  const target = resolve(out);
  try {
    const info = await stat(target);
    if (!info.isDirectory()) throw new UserError(say('export.is_a_file', { where: target }), 'not_writable');
    const entries = await readdir(target);
    // A batch inside another batch would make the outer one fail verification (files it does not list).
    if (entries.includes(MANIFEST_JSON)) throw new UserError(say('export.holds_batch', { where: target }), 'conflict');
    if (entries.length === 0) {
      // The batch takes the folder's place: find out now, not after writing every file, that it cannot.
      await access(target, constants.W_OK);
      return target;
    }
    return join(target, batchName);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return target;
    if (error instanceof UserError) throw error;
    throw describeWriteError(error, target);
  }
}

/** Unfinished batches an interrupted export (a crash, a kill) left here over an hour ago: never a batch, only clutter. */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

async function removeStalePartials(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith('.') && n.endsWith('.partial'))) {
    const path = join(folder, name);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory() && Date.now() - info.mtimeMs > STALE_PARTIAL_MS) await rm(path, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The hidden folder a batch for `target` is written in before it is renamed into place. */
function partialFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.partial`);
}

/** True when `temp` is a folder `partialFor(target)` could have made (the only kind of folder recovery removes). */
export function isPartialOf(temp: string, target: string): boolean {
  const expected = `.${basename(target)}.`;
  const name = basename(temp);
  return dirname(temp) === dirname(target) && name.startsWith(expected) && /^[0-9a-f]{8}\.partial$/.test(name.slice(expected.length));
}

/** A batch being written: add files, then `commit` renames it into place (or `abandon` removes it). */
export class BatchFolder {
  readonly files: ManifestFile[] = [];
  private constructor(
    readonly target: string,
    readonly temp: string,
    private readonly io: BatchIo,
  ) {}

  static async create(target: string, io: BatchIo = diskIo): Promise<BatchFolder> {
    const temp = partialFor(target);
    try {
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      await removeStalePartials(dirname(target));
      await mkdir(temp, { mode: 0o700 });
    } catch (error) {
      throw describeWriteError(error, dirname(target));
    }
    return new BatchFolder(target, temp, io);
  }

  /** Writes one file (relative path, forward slashes) and remembers its size and SHA-256 for the manifest. */
  async add(path: string, data: Uint8Array, listed = true): Promise<ManifestFile> {
    const full = join(this.temp, ...path.split('/'));
    const inside = relative(this.temp, full);
    // File names are the engine's own (dossier ids); a name that would climb out of the batch is a bug, not a file.
    if (!inside || inside.startsWith('..') || isAbsolute(inside)) throw new Error(`A batch file name must stay inside the batch: ${path}`);
    try {
      await mkdir(dirname(full), { recursive: true, mode: 0o700 });
      await this.io.writeFile(full, data);
    } catch (error) {
      throw describeWriteError(error, dirname(this.target));
    }
    const file = { path, bytes: data.byteLength, sha256: createHash('sha256').update(data).digest('hex') };
    if (listed) this.files.push(file);
    return file;
  }

  async commit(): Promise<void> {
    try {
      for (const sub of new Set(this.files.map((f) => dirname(join(this.temp, ...f.path.split('/')))))) await syncDir(sub);
      await syncDir(this.temp);
      // An empty target folder (the one the user picked) is replaced; rename cannot replace a folder on Windows.
      await rmdir(this.target).catch(() => undefined);
      await rename(this.temp, this.target);
      await syncDir(dirname(this.target));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Two exports into one empty folder: the other one's batch took the place first.
      if (code === 'ENOTEMPTY' || code === 'EEXIST') throw describeWriteError(error, this.target);
      throw describeWriteError(error, dirname(this.target));
    }
  }

  /** Removes what was written; best effort, since the disk may be the very thing that failed. */
  async abandon(): Promise<void> {
    await rm(this.temp, { recursive: true, force: true }).catch(() => undefined);
  }
}
