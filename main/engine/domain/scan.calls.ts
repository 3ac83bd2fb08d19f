/** Scanned dossiers and their pages, scan sources and the hot folder, as they cross the contract. */
import { z } from 'zod';
import { call, DossierId, PageNo } from './call';
import { ScanMode } from './settings';

// A dossier, its status and its flags are the domain's nouns (main/engine/domain/dossier.ts).
import { DossierKind, DossierStatus, DossierView } from './dossier';
import { PageView, ScanImportReport } from './page';
import { ScanDevices, ScanSourceKind, WatchStatus } from './scan-sources';
import { EngineMessageSchema } from './messages/message.schema';

export { DossierKind, DossierStatus, DossierView };

// A page (with a small JPEG thumbnail, a data: URL) and a scan import's report are the domain's (domain/page.ts).
export { PageView, ScanImportReport };

export { ScanMode, ScanSourceKind };

/** A separator sheet's mark: the app's own bar code, or QR codes reading PATCHT (NAPS2 and paperless-ngx split on them). */
export const SeparatorStyle = z.enum(['bars', 'qr']);
export type SeparatorStyle = z.infer<typeof SeparatorStyle>;

// The scanners this machine can drive and the watched folder's status are the domain's (domain/scan-sources.ts).
export { ScanDevices, WatchStatus };

/** Scanning and the clerk's dossiers: the calls, `area.method` → input and output schemas (see ../contract.ts). */
export const scanCalls = {

  /**
   * Imports scanned files or folders as dossiers and processes every page; progress as `job.progress` (kind
   * scan.import). `kind`: what the paper is (vehicle dossiers or paper licences); `box`: the box or shelf it came from.
   */
  'scan.import': call(
    z.object({
      paths: z.array(z.string().min(1)).min(1).max(1000),
      stack: z.boolean().default(false),
      kind: DossierKind.default('vehicle'),
      box: z.string().max(200).nullable().default(null),
    }),
    ScanImportReport,
    'Import scans and run the pipeline.',
  ),
  /**
   * How `scan.import` would split these files and folders into dossiers, read-only: the clerk sees it before
   * importing and may switch to splitting at separator sheets (`stack`). Paths that do not exist are errors.
   */
  'scan.plan': call(
    z.object({ paths: z.array(z.string().min(1)).min(1).max(1000), stack: z.boolean().default(false) }),
    z.object({
      dossiers: z.array(z.object({ source: z.array(z.string()), files: z.array(z.string()) })),
      /** A path that cannot become a dossier: the command line's English and its coded message, for the screen's language. */
      errors: z.array(z.object({ path: z.string(), message: z.string(), text: EngineMessageSchema.optional() })),
    }),
    'Show how files would become dossiers.',
  ),
  /** Scan sources usable on this machine (SANE, NAPS2) and the scanners connected now. */
  'scan.devices': call(z.object({}), ScanDevices, 'List scan sources and devices.'),
  /**
   * Scans a batch with a connected scanner into a fresh folder of the station's archive, imports it as one dossier
   * (pages in order; with `stack`, one dossier per separator sheet) and processes every page. Progress arrives as
   * `job.progress` (kind scan.import, label `scanner` while pages arrive). A scanner that stops part-way keeps the
   * pages it finished and names the problem in `errors`; one that gives no page is refused with one sentence.
   */
  'scan.fromDevice': call(
    z.object({
      source: ScanSourceKind,
      device: z.string().min(1).max(500),
      resolution: z.number().int().min(150).max(600),
      mode: ScanMode,
      adf: z.boolean().default(false),
      stack: z.boolean().default(false),
      /** Stop after this many pages (a feeder that never runs dry). */
      maxPages: z.number().int().min(1).max(10_000).optional(),
      /** What the paper is and the box it came from, as for scan.import; absent: the station's Scan-screen choice. */
      kind: DossierKind.optional(),
      box: z.string().max(200).nullable().optional(),
    }),
    ScanImportReport,
    'Scan a batch from a device and import it.',
  ),
  /**
   * Writes `count` separator sheets (A4 PDF) to print and put between the dossiers of a stack scanned in one go:
   * with the app's own bar code (`bars`) or with QR codes reading PATCHT (`qr`), which NAPS2 and paperless-ngx
   * split on too.
   */
  'scan.separatorSheets': call(
    z.object({ out: z.string().min(1).max(4096), count: z.number().int().min(1).max(200).default(10), style: SeparatorStyle.default('bars') }),
    z.object({ file: z.string(), sheets: z.number().int() }),
    'Write printable separator sheets.',
  ),
  /** Watches a hot folder (stopping the one watched before): each finished file or folder is imported like scan.import. */
  'scan.watch': call(z.object({ dir: z.string().min(1).max(4096) }), WatchStatus, 'Start watching a hot folder.'),
  /** Stops watching the hot folder; a batch being imported still finishes. */
  'scan.unwatch': call(z.object({}), WatchStatus, 'Stop watching the hot folder.'),
  /** The hot folder being watched, if any. */
  'scan.watchStatus': call(z.object({}), WatchStatus, 'The hot folder being watched.'),
  /** A window of dossiers, newest first, optionally of one status. */
  'dossiers.list': call(
    z.object({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(500), status: DossierStatus.optional() }),
    z.object({ total: z.number().int(), rows: z.array(DossierView) }),
    'A window of dossiers.',
  ),
  /** The pages of one dossier, with thumbnails. */
  'dossiers.pages': call(z.object({ id: z.string().min(1).max(40) }), z.array(PageView), 'Pages of a dossier.'),
  /**
   * Turns a page by quarter turns (positive = clockwise) and analyses it again in the background; the dossier is
   * `processing` until it is fused again. Refused for an exported dossier or a page that does not exist.
   * Page numbers are 0-based. Answers with the dossier's pages.
   */
  'dossiers.rotatePage': call(
    z.object({ id: DossierId, pageNo: PageNo, quarterTurns: z.number().int().min(-3).max(3) }),
    z.array(PageView),
    'Rotate a page and re-analyse it.',
  ),
  /** Moves a page to another position (0-based), the other pages closing up; its readings go with it. */
  'dossiers.movePage': call(
    z.object({ id: DossierId, pageNo: PageNo, toPageNo: PageNo }),
    z.array(PageView),
    'Move a page within its dossier.',
  ),
  /**
   * Takes a page out of the dossier: it is kept in the dossier's history with its readings (`dossiers.restorePage`
   * puts it back), the rest are renumbered and the dossier is fused again from them. A dossier keeps at least one page.
   */
  'dossiers.removePage': call(z.object({ id: DossierId, pageNo: PageNo }), z.array(PageView), 'Remove a page (restorable).'),
  /** Puts back the page removed last, at its former position, and analyses it again; pageNo null when none was removed. */
  'dossiers.restorePage': call(
    z.object({ id: DossierId }),
    z.object({ pageNo: z.number().int().nullable(), pages: z.array(PageView) }),
    'Restore the page removed last.',
  ),
  /**
   * Re-scan: the first page of `file` (PDF, TIFF, JPEG, PNG) takes the page's place and is analysed again; the old
   * image stays in the dossier's history. A file with no readable page is refused with the reason.
   */
  'dossiers.replacePage': call(
    z.object({ id: DossierId, pageNo: PageNo, file: z.string().min(1) }),
    z.array(PageView),
    'Replace a page with a new scan.',
  ),
  /** One page as scanned (not turned; reading boxes are in its pixels), as a JPEG data: URL, for the page viewer. */
  'dossiers.pageImage': call(
    z.object({ id: DossierId, pageNo: PageNo, maxWidth: z.number().int().min(200).max(4000).default(1600) }),
    z.object({ image: z.string(), width: z.number().int(), height: z.number().int() }),
    'A page image for the viewer.',
  ),
} as const;

/** The type of `scanCalls`, for the engine's methods to take their input from (InputOf in ./call.ts). */
export type ScanCalls = typeof scanCalls;
