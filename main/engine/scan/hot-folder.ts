import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { reasonOf, UserError } from '../errors';
import type { MessageParam } from '../domain/messages/message';
import { asClause } from '../sources';
import { say } from '../domain/messages/catalogue';

/** Names a scanner or a copy tool uses while a file is still being written. */
const IN_PROGRESS = /^\.|\.(tmp|part|partial|crdownload|download)$|^~\$/i;

export interface HotFolderOptions {
  /** Called with the entries that are complete (files, or folders of page images), one call at a time. */
  onReady(paths: string[]): Promise<void>;
  /** A problem met: the folder unreadable (coded), or an import that failed (its error). */
  onError(problem: MessageParam): void;
  pollMs?: number;
  /** How long an entry's size and time must stay the same before it counts as finished. */
  settleMs?: number;
}

/**
 * Watches a scanner's output folder by polling (file-system events are unreliable on network shares and miss
 * writes in progress) and hands over an entry only once its size and modification time have stopped changing,
 * so a page that is still being written is never imported half-done. Returns the function that stops watching.
 */
export async function watchHotFolder(dir: string, options: HotFolderOptions): Promise<() => Promise<void>> {
  const pollMs = options.pollMs ?? 1000;
  const settleMs = options.settleMs ?? 2000;
  await stat(dir).catch(() => {
    throw new UserError(say('hot_folder.unreadable', { dir }));
  });
  const watching = new Map<string, { signature: string; since: number }>();
  const handed = new Map<string, string>();
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const poll = async (): Promise<void> => {
    const now = Date.now();
    const ready: string[] = [];
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      options.onError(say('hot_folder.read_failed', { dir, reason: asClause((error as Error).message) }));
      return;
    }
    for (const entry of entries) {
      if (IN_PROGRESS.test(entry.name) || !(entry.isFile() || entry.isDirectory())) continue;
      const path = join(dir, entry.name);
      const signature = await signatureOf(path, entry.isDirectory()).catch(() => null);
      if (signature === null) continue;
      const known = watching.get(path);
      if (!known || known.signature !== signature) watching.set(path, { signature, since: now });
      else if (now - known.since >= settleMs && handed.get(path) !== signature) ready.push(path);
    }
    if (ready.length === 0 || stopped) return;
    try {
      await options.onReady(ready);
      for (const path of ready) handed.set(path, watching.get(path)!.signature);
    } catch (error) {
      options.onError(reasonOf(error));
    }
  };

  const timer = setInterval(() => {
    running = running.then(poll);
  }, pollMs);
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}

/** Size and time of a file, or of every file in a folder: it changes while anything is still being written. */
async function signatureOf(path: string, isDir: boolean): Promise<string | null> {
  if (!isDir) {
    const s = await stat(path);
    return s.size === 0 ? null : `${s.size}:${s.mtimeMs}`;
  }
  const names = (await readdir(path)).filter((n) => !IN_PROGRESS.test(n)).sort();
  if (names.length === 0) return null;
  const parts = await Promise.all(names.map(async (n) => `${n}:${(await stat(join(path, n))).size}:${(await stat(join(path, n))).mtimeMs}`));
  return parts.join('|');
}
