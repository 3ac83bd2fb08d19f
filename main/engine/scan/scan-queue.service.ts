import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DossierKind, DossiersRepo, QueuedPage } from '../db/dossiers.repo';
import { stagesOf } from '../dossier-kinds/dossier-kinds';
import { DiskFullError, isDiskFull, reasonOf } from '../errors';
import { say } from '../domain/messages/catalogue';
import { joinStored, storedMessage, storeMessages } from '../domain/messages/stored';
import type { PageAnalysis } from '../domain/field-reading';
import { crashPoint } from '../crash-point';

/** Analyses one page image (orientation, OCR, field readings) as its dossier's kind reads it, turned first by the clerk's rotation (degrees). */
export type PageAnalyzer = (image: Buffer, userRotation: number, kind: DossierKind) => Promise<PageAnalysis>;

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
    const analysis = await analyze(await readFile(page.imagePath), page.userRotation, page.kind);
    // Each problem reading found is said naming the file and its page, as intake's sentences are.
    const file = basename(page.sourceFile ?? page.imagePath);
    const at = (page.indexInFile ?? page.pageNo) + 1;
    const problems = (analysis.problems ?? []).map((problem) => say('intake.page_problem', { file, page: at, problem }));
    last = repo.completePage(page, analysis, storeMessages(problems));
    crashPoint('scan.page-done');
  } catch (error) {
    // Stopping (the app closing) interrupts OCR: the page stays queued for next time rather than failing.
    if (signal?.aborted) return;
    if (isDiskFull(error)) throw new DiskFullError(say('disk.station_db'));
    last = repo.failPage(page, storedMessage(say('intake.page_unanalysable', { page: page.pageNo + 1, reason: reasonOf(error) })));
  }
  if (last) finishDossier(page.dossierSeq, repo, fused);
}

/**
 * Fuses a dossier's readings into its field values, as its kind fuses them; also after the clerk removed or
 * changed a page. A file of licence cards is first split into one dossier per card (each fused on its own).
 */
export function finishDossier(dossierSeq: number, repo: DossiersRepo, fused?: (dossierSeq: number) => void): void {
  const stages = stagesOf(repo.cards.kindOf(dossierSeq));
  const groups = stages.regroup?.(repo.cards.pages(dossierSeq), repo.readings(dossierSeq)) ?? [];
  const seqs = [dossierSeq, ...groups.slice(1).map((pageIds) => repo.cards.splitOff(dossierSeq, pageIds))];
  for (const seq of seqs) {
    const fields = stages.fusion(repo.readings(seq));
    const error = joinStored([repo.errorOf(seq), ...repo.pageErrors(seq)]);
    repo.finish(seq, 'needs_review', fields, error);
    fused?.(seq);
  }
}
