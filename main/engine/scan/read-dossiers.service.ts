import { createHash } from 'node:crypto';
import type { DossierKind, DossiersRepo } from '../db/dossiers.repo';
import type { PageAnalysis } from '../domain/field-reading';
import { finishDossier } from './scan-queue.service';
import { storePageImage } from './page-store';

/** A page already read elsewhere: its image as scanned and what was read off it. */
export interface ReadPage {
  image: Buffer;
  width: number;
  height: number;
  analysis: PageAnalysis;
}

/** A dossier whose pages were all read elsewhere. */
export interface ReadDossier {
  /** Where the paper came from, as a scan's source paths are kept. */
  source: string[];
  pages: ReadPage[];
  kind?: DossierKind;
  box?: string | null;
}

/**
 * Stores dossiers whose pages were read elsewhere, in one transaction, then each goes on as a scanned one does
 * after its last page: the same rows the intake and the page queue write, fusion as its kind fuses, and `fused`
 * (the engine's linking and flags). What it skips is the per-file work of a scan (the original's archive copy with
 * its fsyncs, the queue's commit per page), so a benchmark seeds a station of 100,000 dossiers in minutes.
 * Page images are archived content-addressed first: dossiers that share an image share its file.
 */
export async function storeReadDossiers(
  dossiers: readonly ReadDossier[],
  ctx: { repo: DossiersRepo; archiveDir: string; fused?: (dossierSeq: number) => void },
): Promise<string[]> {
  // Each distinct image archived once, a few at a time (each file waits for its own flush to disk).
  const stored = new Map<Buffer, { path: string; sha256: string }>();
  const toWrite = new Map<string, ReadPage>();
  for (const page of dossiers.flatMap((d) => d.pages)) {
    const sha256 = createHash('sha256').update(page.image).digest('hex');
    stored.set(page.image, { path: '', sha256 });
    toWrite.set(sha256, page);
  }
  const paths = new Map<string, string>();
  const queue = [...toWrite];
  const lane = async (): Promise<void> => {
    for (let next = queue.pop(); next; next = queue.pop()) {
      const [sha256, { image, width, height }] = next;
      const format = image[0] === 0xff && image[1] === 0xd8 ? 'jpeg' : image[0] === 0x89 ? 'png' : 'raw';
      paths.set(sha256, await storePageImage(ctx.archiveDir, { file: '', indexInFile: 0, data: image, format, width, height, sha256 }));
    }
  };
  await Promise.all(Array.from({ length: 4 }, lane));
  for (const image of stored.values()) image.path = paths.get(image.sha256)!;
  return ctx.repo.atomically(() =>
    dossiers.map((dossier) => {
      const pages = dossier.pages.map((page, i) => {
        const image = stored.get(page.image)!;
        return { sha256: image.sha256, imagePath: image.path, sourceFile: dossier.source[0] ?? '', indexInFile: i, width: page.width, height: page.height };
      });
      const id = ctx.repo.create({ source: dossier.source, status: 'processing', error: null, pages, sourceFiles: [], kind: dossier.kind, box: dossier.box ?? null });
      let last = false;
      let seq = 0;
      for (const queued of ctx.repo.queuedPagesOf(id)) {
        seq = queued.dossierSeq;
        last = ctx.repo.completePage(queued, dossier.pages[queued.pageNo]!.analysis);
      }
      if (last) finishDossier(seq, ctx.repo, ctx.fused);
      return id;
    }),
  );
}
