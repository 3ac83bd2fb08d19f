import { readFile } from 'node:fs/promises';
import type { DossiersRepo, QueuedPage } from '../db/dossiers.repo';
import { describeError, DiskFullError, isDiskFull } from '../errors';
import { fusion } from '../pipeline';
import type { PageAnalysis } from './scan.types';
import { crashPoint } from '../crash-point';

/** Analyses one page image (orientation, OCR, field readings), turned first by the clerk's rotation (degrees). */
export type PageAnalyzer = (image: Buffer, userRotation: number) => Promise<PageAnalysis>;

export interface QueueProgress {
  done: number;
  total: number;
}

/**
 * Works the persistent page queue until it is empty: each page's analysis is committed together with its
 * state, so after a crash the queue resumes where it was, with no page lost and none done twice. When a
 * dossier's last page is done its readings are fused into field values.
 */
export async function runScanQueue(ctx: {
  repo: DossiersRepo;
  analyze: PageAnalyzer;
  concurrency: number;
  signal?: AbortSignal;
  onProgress?: (progress: QueueProgress) => void;
  /** A dossier's last page is done and its fields are fused (linking and flags follow). */
  fused?: (dossierSeq: number) => void;
}): Promise<QueueProgress> {
  const progress: QueueProgress = { done: 0, total: ctx.repo.countQueued() };
  // Pages in flight stay `queued` in the database (that is what makes a crash harmless); the cursor keeps two
  // lanes from taking the same page.
  let cursor = 0;
  const take = (): QueuedPage | undefined => {
    const page = ctx.repo.nextQueuedPageAfter(cursor);
    if (page) cursor = page.id;
    return page;
  };
  // A full disk stops every lane (each page would fail alike); the pages stay queued for the next run.
  let full: DiskFullError | null = null;
  const lane = async (): Promise<void> => {
    for (let page = take(); page && !ctx.signal?.aborted && !full; page = take()) {
      try {
        await processPage(page, ctx.repo, ctx.analyze, ctx.signal, ctx.fused);
      } catch (error) {
        if (!(error instanceof DiskFullError)) throw error;
        full = error;
        return;
      }
      progress.done += 1;
      progress.total = Math.max(progress.total, progress.done + ctx.repo.countQueued());
      ctx.onProgress?.(progress);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, ctx.concurrency) }, lane));
  if (full) throw full;
  return progress;
}

async function processPage(
  page: QueuedPage,
  repo: DossiersRepo,
  analyze: PageAnalyzer,
  signal?: AbortSignal,
  fused?: (dossierSeq: number) => void,
): Promise<void> {
  let last: boolean;
  try {
    const analysis = await analyze(await readFile(page.imagePath), page.userRotation);
    last = repo.completePage(page, analysis);
    crashPoint('scan.page-done');
  } catch (error) {
    // Stopping (the app closing) interrupts OCR: the page stays queued for next time rather than failing.
    if (signal?.aborted) return;
    if (isDiskFull(error)) throw new DiskFullError('the station database');
    last = repo.failPage(page, `Page ${page.pageNo + 1} could not be analysed: ${describeError(error).message}`);
  }
  if (last) finishDossier(page.dossierSeq, repo, fused);
}

/** Fuses a dossier's readings into its field values; also after the clerk removed or changed a page. */
export function finishDossier(dossierSeq: number, repo: DossiersRepo, fused?: (dossierSeq: number) => void): void {
  const fields = fusion(repo.readings(dossierSeq));
  const errors = repo.pageErrors(dossierSeq);
  const existing = repo.errorOf(dossierSeq);
  const error = [existing, ...errors].filter(Boolean).join(' ') || null;
  repo.finish(dossierSeq, 'needs_review', fields, error);
  fused?.(dossierSeq);
}
