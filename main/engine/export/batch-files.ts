/**
 * Reading a batch folder that may have been crafted: only plain files inside it are read. A symbolic link (to
 * /dev/zero, to a file outside the batch), a FIFO, a device or a socket is refused without being opened for
 * reading, and nothing reads more bytes than the manifest says the file has (plus one, to see it is longer).
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** More entries than any batch holds (one PDF per dossier, a few thousand at most): the walk stops there. */
export const MAX_BATCH_ENTRIES = 200_000;
/** A manifest of 200,000 dossiers is about 200 MB; anything above is not one. */
export const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

export interface BatchEntry {
  /** Relative to the batch folder, with forward slashes. */
  path: string;
  /** 'file' for a plain file; otherwise what it is instead (never read). */
  type: 'file' | 'symlink' | 'special';
}

/** Every entry under `dir` (not following links), up to `MAX_BATCH_ENTRIES`; `truncated` when there were more. */
export async function listBatch(dir: string): Promise<{ entries: BatchEntry[]; truncated: boolean }> {
  const entries: BatchEntry[] = [];
  const pending = [''];
  while (pending.length > 0) {
    const under = pending.pop()!;
    for (const entry of await readdir(join(dir, under), { withFileTypes: true })) {
      if (entries.length >= MAX_BATCH_ENTRIES) return { entries, truncated: true };
      const path = under ? `${under}/${entry.name}` : entry.name;
      if (entry.isDirectory()) pending.push(path);
      else entries.push({ path, type: entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'symlink' : 'special' });
    }
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { entries, truncated: false };
}

export type PlainRead<T> = { ok: T } | { refused: 'symlink' | 'special' | 'missing' | 'too_big' };

/**
 * Opens `path` only if it is a plain file (no link followed, a FIFO never waited on), then hands the open file
 * to `use`. The check is made on the opened file itself, so a swap between a look and the open changes nothing.
 */
async function withPlainFile<T>(path: string, use: (handle: Awaited<ReturnType<typeof open>>, size: number) => Promise<T>): Promise<PlainRead<T>> {
  const info = await lstat(path).catch(() => null);
  if (!info) return { refused: 'missing' };
  if (info.isSymbolicLink()) return { refused: 'symlink' };
  if (!info.isFile()) return { refused: 'special' };
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { refused: (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'symlink' : 'missing' };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { refused: 'special' };
    return { ok: await use(handle, stat.size) };
  } finally {
    await handle.close();
  }
}

/** The whole file, when it is a plain file of at most `maxBytes`. */
export async function readPlainFile(path: string, maxBytes: number): Promise<PlainRead<Buffer>> {
  const read = await withPlainFile(path, async (handle, size) => (size > maxBytes ? null : handle.readFile()));
  if ('ok' in read && read.ok === null) return { refused: 'too_big' };
  return read as PlainRead<Buffer>;
}

/** Size and SHA-256 of a plain file; the hash only when the size is the one expected (else null). */
export async function hashPlainFile(path: string, expectedBytes: number): Promise<PlainRead<{ bytes: number; sha256: string | null }>> {
  return withPlainFile(path, async (handle, size) => {
    if (size !== expectedBytes) return { bytes: size, sha256: null };
    const hash = createHash('sha256');
    const buffer = Buffer.alloc(1024 * 1024);
    let total = 0;
    // Never past the expected size: a file growing meanwhile reads as altered, not forever.
    while (total <= expectedBytes) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, expectedBytes + 1 - total), null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    return { bytes: total, sha256: total === expectedBytes ? hash.digest('hex') : null };
  });
}
