/** The station's archive of originals: every scanned file kept untouched, named by its SHA-256. */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DiskFullError, InputError, isDiskFull } from '../errors';
import { say } from '../domain/messages/catalogue';
import { reason } from './limits';
import { extensionFor, sniffFile } from './scan-file-kind';

/** Where content with this hash lives: `<archiveDir>/<sha[0..2]>/<sha>.<ext>` (the prefix keeps folders small). */
export function archivePath(archiveDir: string, sha256: string, ext: string): string {
  const clean = ext.replace(/^\./, '').toLowerCase().replace(/[^a-z0-9]/g, '') || 'bin';
  return path.join(archiveDir, sha256.slice(0, 2), `${sha256}.${clean}`);
}

async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** The archive extension: from the content when it is a scan (so one content has one name), else the file's own. */
async function archiveExtension(file: string): Promise<string> {
  const sniffed = extensionFor(await sniffFile(file));
  if (sniffed) return sniffed;
  return path.extname(file).slice(1).toLowerCase().replace(/[^a-z0-9]/g, '') || 'bin';
}

/** Copies `file` to `temp` while hashing what was copied, and flushes it to disk. */
async function copyFlushed(file: string, temp: string): Promise<string> {
  const hash = createHash('sha256');
  const out = await open(temp, 'wx', 0o600);
  try {
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      await out.write(chunk);
    }
    await out.sync();
  } finally {
    await out.close();
  }
  return hash.digest('hex');
}

async function syncDir(dir: string): Promise<void> {
  // Makes the rename itself durable; some platforms (Windows) cannot open a folder, which is fine there.
  try {
    const handle = await open(dir, 'r');
    try { await handle.sync(); } finally { await handle.close(); }
  } catch {
    // Best effort.
  }
}

/**
 * Keeps the original file untouched in the archive. Atomic (temp copy in the same folder, fsync, rename) and
 * idempotent: content already archived is not copied again.
 */
export async function archiveOriginal(file: string, archiveDir: string): Promise<{ path: string; sha256: string; bytes: number }> {
  const name = path.basename(file);
  try {
    const { sha256, bytes } = await hashFile(file);
    const target = archivePath(archiveDir, sha256, await archiveExtension(file));
    const existing = await stat(target).catch(() => null);
    if (existing?.isFile() && existing.size === bytes) return { path: target, sha256, bytes };
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    const temp = path.join(path.dirname(target), `.${sha256}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      const copied = await copyFlushed(file, temp);
      if (copied !== sha256) throw new InputError(say('intake.changed', { file: name }));
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    await syncDir(path.dirname(target));
    return { path: target, sha256, bytes };
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (isDiskFull(error)) throw new DiskFullError(say('disk.archive', { dir: archiveDir }));
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT' && !(await stat(file).catch(() => null))) throw new InputError(say('intake.moved', { file: name }));
    if (code === 'EISDIR') throw new InputError(say('intake.folder', { file: name }));
    throw new InputError(say('intake.not_archived', { file: name, reason: reason(error) }));
  }
}
