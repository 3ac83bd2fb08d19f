/**
 * The engine's `dossiers` calls: dossiers as the review decorates them, their pages, and the clerk's page tools
 * (each answering with the dossier's pages).
 */
import type { DossierView } from './dossier-view';
import type { Engine } from '../engine.types';
import type { PageTools } from './page-tools.service';
import type { Scanner } from './scanner';

export function createDossiersApi(scanner: Scanner, pageTools: PageTools, decorate: (view: DossierView) => DossierView): Engine['dossiers'] {
  return {
    list: () => scanner.list().map(decorate),
    window: (offset, limit, status) => {
      const { total, rows } = scanner.window(offset, limit, status);
      return { total, rows: rows.map(decorate) };
    },
    pages: (id) => scanner.pages(id),
    pageImage: (id, pageNo, maxWidth) => scanner.pageImage(id, pageNo, maxWidth),
    rotatePage: async (id, pageNo, quarterTurns) => {
      pageTools.rotate(id, pageNo, quarterTurns);
      return scanner.pages(id);
    },
    movePage: async (id, pageNo, toPageNo) => {
      pageTools.move(id, pageNo, toPageNo);
      return scanner.pages(id);
    },
    removePage: async (id, pageNo) => {
      pageTools.remove(id, pageNo);
      return scanner.pages(id);
    },
    restorePage: async (id) => ({ pageNo: pageTools.restore(id), pages: await scanner.pages(id) }),
    replacePage: async (id, pageNo, file) => {
      await pageTools.replace(id, pageNo, file);
      return scanner.pages(id);
    },
  };
}
