/**
 * An export killed between renaming its batch folder into place and recording it (see migration 007) is
 * finished at the next start, so a batch is never both on disk and forgotten.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isPartialOf } from './batch-writer';
import { recordBatch } from './batch-record';
import type { ExportDeps } from './export.service';
import { MANIFEST_JSON } from './manifest';

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but another user's; ESRCH: gone.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sha256Of(path: string): string | null {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return null;
  }
}

/**
 * Finishes what an export killed between renaming its folder into place and recording it left (see migration
 * 007): a folder in place whose manifest is the one written is recorded, as the export would have; otherwise
 * the unfinished folder is removed and the dossiers stay exportable. Placements of a live process are its own.
 * Returns the batches recorded.
 */
export function finishInterruptedExports(deps: Pick<ExportDeps, 'repo' | 'audit'>): string[] {
  const recorded: string[] = [];
  for (const p of deps.repo.placements()) {
    // Still being written by a live process, or on a USB stick that is not plugged in now: a later start decides.
    if (processAlive(p.pid) || !existsSync(dirname(p.target_dir))) continue;
    try {
      const placed = sha256Of(join(p.target_dir, MANIFEST_JSON)) === p.manifest_sha256;
      const changed = placed ? recordBatch(deps, p.batch, p.expected, true) : [];
      if (placed && changed.length === 0) {
        recorded.push(p.batch_id);
        continue;
      }
      if (placed) rmSync(p.target_dir, { recursive: true, force: true });
      // Only ever the hidden folder this export made beside its target, whatever the row says.
      if (isPartialOf(p.temp_dir, p.target_dir)) rmSync(p.temp_dir, { recursive: true, force: true });
      deps.repo.dropPlacement(p.batch_id);
    } catch {
      // A folder that cannot be removed now (in use, read-only) must not keep the station from opening: retried next start.
    }
  }
  return recorded;
}
