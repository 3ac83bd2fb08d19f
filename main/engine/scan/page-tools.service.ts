import { basename } from 'node:path';
import type { DossiersRepo } from '../db/dossiers.repo';
import type { PageChange, PageToolsRepo } from '../db/page-tools.repo';
import { UserError } from '../errors';
import { readPages } from '../intake/pages';
import { storePageImage } from './page-store';
import { finishDossier } from './scan-queue.service';
import type { PageImage } from './scan.types';
import { say } from '../domain/messages/catalogue';

/** The clerk's page tools on the engine's side; page numbers are 0-based as everywhere in the engine. */
export interface PageTools {
  rotate(id: string, pageNo: number, quarterTurns: number): void;
  move(id: string, pageNo: number, toPageNo: number): void;
  remove(id: string, pageNo: number): void;
  /** Puts back the page removed last; its new 0-based number, or null when nothing was removed. */
  restore(id: string): number | null;
  replace(id: string, pageNo: number, file: string): Promise<void>;
}

/**
 * Each tool changes the dossier in one transaction, then hands over to the page queue: changed pages are
 * analysed again in the background and the dossier fused again when none is left queued (`settle`).
 */
export function createPageTools(deps: {
  repo: DossiersRepo;
  tools: PageToolsRepo;
  archiveDir: string;
  /** Work the queue in the background and tell the screens. */
  settle: () => void;
  /** The dossier was fused again (linking and flags follow). */
  fused?: (dossierSeq: number) => void;
}): PageTools {
  const after = (change: PageChange): void => {
    // Nothing left to analyse (a move or removal among finished pages): fuse now with what remains.
    if (change.queued === 0) finishDossier(change.dossierSeq, deps.repo, deps.fused);
    deps.settle();
  };
  return {
    rotate(id, pageNo, quarterTurns) {
      after(deps.tools.rotate(deps.tools.target(id, pageNo), quarterTurns));
    },
    move(id, pageNo, toPageNo) {
      const target = deps.tools.target(id, pageNo);
      if (toPageNo < 0 || toPageNo >= target.pages) {
        throw new UserError(say('pages.bad_position', { dossier: id, pages: target.pages, position: toPageNo + 1 }), 'bad_input');
      }
      if (toPageNo === pageNo) return;
      deps.tools.move(target, toPageNo);
      deps.settle();
    },
    remove(id, pageNo) {
      const target = deps.tools.target(id, pageNo);
      if (target.pages <= 1) throw new UserError(say('pages.only_page', { page: pageNo + 1, dossier: id }));
      after(deps.tools.remove(target));
    },
    restore(id) {
      const restored = deps.tools.restore(id);
      if (!restored) return null;
      after(restored);
      return restored.pageNo;
    },
    async replace(id, pageNo, file) {
      deps.tools.target(id, pageNo);
      const page = await firstPage(file);
      const imagePath = await storePageImage(deps.archiveDir, page);
      const newPage = { sha256: page.sha256, imagePath, sourceFile: file, indexInFile: page.indexInFile, width: page.width, height: page.height };
      // Checked again: the dossier may have changed while the file was read.
      after(deps.tools.replace(deps.tools.target(id, pageNo), newPage));
    },
  };
}

/** The first page image of a scanned file, or the file's own error sentence. */
async function firstPage(file: string): Promise<PageImage> {
  for await (const page of readPages(file)) {
    if ('message' in page) throw new UserError(page.message);
    return page;
  }
  throw new UserError(say('pages.no_images', { file: basename(file) }));
}
