import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DossiersRepo, QueuedPage } from '../../../main/engine/db/dossiers.repo';
import { DiskFullError } from '../../../main/engine/errors';
import { runScanQueue } from '../../../main/engine/scan/scan-queue.service';
import type { PageAnalysis } from '../../../main/engine/domain/field-reading';

/** A queue of `count` pages in memory whose database is full from the `fullFrom`-th page written on. */
function fullQueue(count: number, fullFrom: number) {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-queue-'));
  const pages: QueuedPage[] = Array.from({ length: count }, (_, i) => {
    const imagePath = join(dir, `p${i}.jpg`);
    writeFileSync(imagePath, 'x');
    return { id: i + 1, dossierSeq: i + 1, pageNo: 0, imagePath, userRotation: 0, revision: 0, kind: 'vehicle' as const };
  });
  const done = new Set<number>();
  const failed: number[] = [];
  let writes = 0;
  const repo = {
    countQueued: () => pages.length - done.size,
    nextQueuedPageAfter: (cursor: number) => pages.find((p) => p.id > cursor && !done.has(p.id)),
    completePage: (page: QueuedPage) => {
      if (++writes >= fullFrom) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      done.add(page.id);
      return false;
    },
    failPage: (page: QueuedPage) => {
      failed.push(page.id);
      return false;
    },
  } as unknown as DossiersRepo;
  return { repo, done, failed };
}

describe('the page queue on a full disk', () => {
  it('stops every lane with one disk-full error and leaves the unread pages queued, not failed', async () => {
    const { repo, done, failed } = fullQueue(20, 4);
    let analysed = 0;
    const analyze = async (): Promise<PageAnalysis> => {
      analysed++;
      await new Promise((r) => setTimeout(r, 5));
      return {} as PageAnalysis;
    };
    const run = runScanQueue({ repo, analyze, concurrency: 3 });
    await expect(run).rejects.toBeInstanceOf(DiskFullError);
    await expect(run).rejects.toThrow(/The disk holding the station database is full/);
    expect(done.size).toBe(3);
    // No page is marked failed (a full disk is not the page's fault) and the lanes did not read on for nothing.
    expect(failed).toEqual([]);
    expect(analysed).toBeLessThanOrEqual(3 + 3);
    expect(repo.countQueued()).toBe(17);
  });
});
