/**
 * The engine's `dossiers` calls: dossiers as the review decorates them, their pages, and the clerk's page tools
 * (each answering with the dossier's pages).
 */
import type { DossierView, PageView } from './dossier-view';
import type { PageTools } from './page-tools.service';
import type { Scanner } from './scanner';
import { withDefaults, type InputOf } from '../domain/call';
import { scanCalls, type ScanCalls } from '../domain/scan.calls';

/** The engine's `dossiers` calls, as `engine.dossiers` offers them. */
export interface DossiersApi {
  /** Every dossier (the command line's `dossiers list`). */
  all(): DossierView[];
  /** A window of the dossiers, of one status or all. */
  list(input: In<'dossiers.list'>): { total: number; rows: DossierView[] };
  pages(input: In<'dossiers.pages'>): Promise<PageView[]>;
  /** One page as scanned (not turned), as a JPEG data: URL at most `maxWidth` wide, for the review's page viewer. */
  pageImage(request: In<'dossiers.pageImage'>): Promise<{ image: string; width: number; height: number }>;
  /**
   * The clerk's page tools (0-based page numbers). Each refuses with a UserError when the dossier is exported
   * or the page does not exist, answers with the dossier's pages, and re-analyses changed pages in the
   * background (`dossiers.changed` follows).
   */
  rotatePage(input: In<'dossiers.rotatePage'>): Promise<PageView[]>;
  movePage(input: In<'dossiers.movePage'>): Promise<PageView[]>;
  /** Moves the page to the dossier's history (restorable), renumbers the rest and fuses the dossier again. */
  removePage(input: In<'dossiers.removePage'>): Promise<PageView[]>;
  /** Puts back the page removed last, where it was; pageNo null when no page was removed. */
  restorePage(input: In<'dossiers.restorePage'>): Promise<{ pageNo: number | null; pages: PageView[] }>;
  /** Puts the first page of `file` in place of the page; the old image is kept in the dossier's history. */
  replacePage(input: In<'dossiers.replacePage'>): Promise<PageView[]>;
}

/** A call's input, as its schema in domain/scan.calls.ts gives it. */
type In<K extends keyof ScanCalls> = InputOf<ScanCalls, K>;

export function createDossiersApi(scanner: Scanner, pageTools: PageTools, decorate: (view: DossierView) => DossierView): DossiersApi {
  return {
    all: () => scanner.list().map(decorate),
    list: ({ offset, limit, status }) => {
      const { total, rows } = scanner.window(offset, limit, status);
      return { total, rows: rows.map(decorate) };
    },
    pages: ({ id }) => scanner.pages(id),
    pageImage: (input) => {
      const { id, pageNo, maxWidth } = withDefaults(scanCalls['dossiers.pageImage'], input);
      return scanner.pageImage(id, pageNo, maxWidth);
    },
    rotatePage: async ({ id, pageNo, quarterTurns }) => {
      pageTools.rotate(id, pageNo, quarterTurns);
      return scanner.pages(id);
    },
    movePage: async ({ id, pageNo, toPageNo }) => {
      pageTools.move(id, pageNo, toPageNo);
      return scanner.pages(id);
    },
    removePage: async ({ id, pageNo }) => {
      pageTools.remove(id, pageNo);
      return scanner.pages(id);
    },
    restorePage: async ({ id }) => ({ pageNo: pageTools.restore(id), pages: await scanner.pages(id) }),
    replacePage: async ({ id, pageNo, file }) => {
      await pageTools.replace(id, pageNo, file);
      return scanner.pages(id);
    },
  };
}
