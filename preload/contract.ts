/**
 * The single contract between the UI and the engine: every call and every event, as zod schemas.
 * Main validates each incoming call against these schemas before it reaches the engine; the renderer's
 * types come from them, so the two sides cannot drift apart.
 */
import { z } from 'zod';
import { RECORD_FIELDS } from './record-fields';

export { RECORD_FIELDS };

export const RecordField = z.enum(RECORD_FIELDS);
export type RecordField = z.infer<typeof RecordField>;

/** A data-quality problem found in a stored record: the value is kept as the station has it. */
export const RecordIssue = z.object({ field: RecordField, message: z.string() });
export type RecordIssue = z.infer<typeof RecordIssue>;

const nullableText = z.string().nullable();

/** One station record as stored (NFC Unicode, serials canonicalised). */
export const StationRecord = z.object({
  record_id: z.string(),
  plate: nullableText,
  chassis: nullableText,
  engine: nullableText,
  owner_name: nullableText,
  owner_id: nullableText,
  address: nullableText,
  brand: nullableText,
  model: nullableText,
  color: nullableText,
  registered_on: nullableText,
  issues: z.array(RecordIssue),
});
export type StationRecord = z.infer<typeof StationRecord>;

/** A record with its earlier versions (newest first), for the record detail panel. */
export const RecordDetail = StationRecord.extend({
  history: z.array(
    z.object({
      changed_at: z.string(),
      source: z.string(),
      values: z.record(z.string(), z.string().nullable()),
    }),
  ),
});
export type RecordDetail = z.infer<typeof RecordDetail>;

/** A row that could not be stored, or a file that could not be read (row null). */
export const ImportError = z.object({
  file: z.string(),
  row: z.number().int().nullable(),
  field: z.string().nullable(),
  message: z.string(),
});
export type ImportError = z.infer<typeof ImportError>;

/** What a records import did. Lists are capped at 1,000 entries; the counts are exact. */
export const ImportReport = z.object({
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  with_issues: z.number().int(),
  errors: z.array(ImportError),
  issues: z.array(z.object({ record_id: z.string(), field: RecordField, message: z.string() })),
  cancelled: z.boolean(),
  seconds: z.number(),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** One ranked lookup candidate and, in plain words, why it matched. */
export const FindCandidate = z.object({
  record_id: z.string(),
  score: z.number(),
  field: RecordField,
  why: z.string(),
  record: StationRecord,
});
export type FindCandidate = z.infer<typeof FindCandidate>;

export const FindResult = z.object({ query: z.string(), candidates: z.array(FindCandidate) });
export type FindResult = z.infer<typeof FindResult>;

export const RecordFilter = z.enum(['all', 'with_issues']);
export type RecordFilter = z.infer<typeof RecordFilter>;

export const Locale = z.enum(['vi', 'en']);
export type Locale = z.infer<typeof Locale>;

export const Settings = z.object({ locale: Locale });
export type Settings = z.infer<typeof Settings>;

/** Progress of a long job; rate and ETA are computed by the engine so every screen shows the same numbers. */
export const JobProgress = z.object({
  jobId: z.string(),
  kind: z.enum(['records.import', 'scan.import']),
  /** What is being worked on now, e.g. the file name. */
  label: z.string(),
  done: z.number(),
  total: z.number().nullable(),
  /** Items (rows, pages) finished so far and their rate per second. */
  items: z.number().int(),
  itemsPerSecond: z.number(),
  etaSeconds: z.number().nullable(),
  finished: z.boolean(),
});
export type JobProgress = z.infer<typeof JobProgress>;

export const DossierStatus = z.enum(['processing', 'needs_review', 'resolved', 'exported', 'failed']);
export type DossierStatus = z.infer<typeof DossierStatus>;

/** A scanned dossier as `sohoa dossiers list --json` shows it. */
export const DossierView = z.object({
  id: z.string(),
  source: z.array(z.string()),
  pages: z.number().int(),
  status: DossierStatus,
  error: z.string().nullable(),
  fields: z.record(z.string(), z.object({ value: z.string(), confidence: z.number().optional() }).nullable()),
  record_id: z.string().nullable(),
  flags: z.array(z.object({ field: z.string(), kind: z.string(), scan_value: z.string().nullable(), record_value: z.string().nullable() })),
});
export type DossierView = z.infer<typeof DossierView>;

/** One page of a dossier with a small JPEG thumbnail (a data: URL) for the Scan screen. */
export const PageView = z.object({
  pageNo: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  state: z.enum(['queued', 'done', 'failed']),
  error: z.string().nullable(),
  blank: z.boolean(),
  kind: z.string().nullable(),
  /** The clockwise turn (degrees) that makes the page as scanned upright, found by the analysis; null until analysed. */
  rotation: z.number().int().nullable(),
  /** The clockwise turn (degrees) the clerk gave the page; the thumbnail and the analysis apply it. */
  userRotation: z.number().int(),
  thumbnail: z.string().nullable(),
});
export type PageView = z.infer<typeof PageView>;

export const ScanImportReport = z.object({
  created: z.array(z.string()),
  duplicates: z.array(z.object({ source: z.string(), dossier: z.string() })),
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
  pages: z.number().int(),
  seconds: z.number(),
});
export type ScanImportReport = z.infer<typeof ScanImportReport>;

export const ScanSourceKind = z.enum(['sane', 'naps2']);
export type ScanSourceKind = z.infer<typeof ScanSourceKind>;
export const ScanMode = z.enum(['color', 'gray', 'lineart']);
export type ScanMode = z.infer<typeof ScanMode>;

/** Scan sources this machine can use, and the scanners they can drive now. */
export const ScanDevices = z.object({
  sources: z.array(ScanSourceKind),
  devices: z.array(z.object({ source: ScanSourceKind, id: z.string(), name: z.string() })),
});
export type ScanDevices = z.infer<typeof ScanDevices>;

/** The hot folder being watched (null when none) and the last problem it met. */
export const WatchStatus = z.object({ dir: z.string().nullable(), error: z.string().nullable() });
export type WatchStatus = z.infer<typeof WatchStatus>;

const DossierId = z.string().min(1).max(40);
const PageNo = z.number().int().min(0).max(100_000);

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, doc: string) => ({ input, output, doc });

/** Every call the UI can make. Keys are `namespace.method`; the API object mirrors them as `api.namespace.method`. */
export const calls = {
  /** Version, station name, database location and whether this is the built-in demo station. */
  'app.info': call(
    z.object({}),
    z.object({ version: z.string(), station: z.string(), demo: z.boolean(), dbPath: z.string() }),
    'Version, station name, database path and demo flag.',
  ),
  /** Opens the system file picker (the shell's dialog); resolves to the chosen absolute paths, empty if cancelled. */
  'app.pickFiles': call(
    z.object({ purpose: z.enum(['records', 'scans', 'scan-folder']) }),
    z.array(z.string()),
    'Open a file dialog and return the chosen paths.',
  ),
  /** The station's settings as stored in its database. */
  'settings.get': call(z.object({}), Settings, 'Read the settings.'),
  /** Changes some settings; returns all of them. */
  'settings.set': call(Settings.partial(), Settings, 'Change settings.'),
  /** Imports record files (CSV, XLSX, JSON); progress arrives as `job.progress` events. */
  'records.import': call(z.object({ files: z.array(z.string().min(1)).min(1).max(1000) }), ImportReport, 'Import station record files.'),
  /** Asks a running job to stop after its current batch; work already committed stays. */
  'jobs.cancel': call(z.object({ jobId: z.string() }), z.object({ cancelled: z.boolean() }), 'Cancel a running job.'),
  /** Ranked candidates by plate, chassis, engine or citizen ID, tolerant of OCR confusions and one-edit slips. */
  'records.find': call(
    z.object({ text: z.string().max(200), limit: z.number().int().min(1).max(100).default(20) }),
    FindResult,
    'Find records by serial, plate or citizen ID.',
  ),
  /** A window of the records table in import order, for the virtualised table. */
  'records.list': call(
    z.object({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(1000), filter: RecordFilter.default('all') }),
    z.object({ total: z.number().int(), rows: z.array(StationRecord) }),
    'A window of the records table.',
  ),
  /** Full records with their change history. Unknown ids are left out. */
  'records.show': call(z.object({ ids: z.array(z.string()).min(1).max(1000) }), z.array(RecordDetail), 'Records by id with history.'),
  /** Counts for the Records screen header. */
  'records.stats': call(
    z.object({}),
    z.object({ total: z.number().int(), withIssues: z.number().int() }),
    'Record counts.',
  ),

  /** Imports scanned files or folders as dossiers and processes every page; progress as `job.progress` (kind scan.import). */
  'scan.import': call(
    z.object({ paths: z.array(z.string().min(1)).min(1).max(1000), stack: z.boolean().default(false) }),
    ScanImportReport,
    'Import scans and run the pipeline.',
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
    }),
    ScanImportReport,
    'Scan a batch from a device and import it.',
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
} as const;

/** Every event the engine pushes to the UI. */
export const events = {
  /** Progress of a long job (import, OCR, export). */
  'job.progress': JobProgress,
  /** The records table changed (import finished a batch); screens refresh their counts. */
  'records.changed': z.object({ total: z.number().int() }),
  /** Dossiers were created or finished processing; the Scan screen refreshes. */
  'dossiers.changed': z.object({ total: z.number().int() }),
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<K extends CallName> = z.input<Calls[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Calls[K]['output']>;
export type EventName = keyof typeof events;
export type EventPayload<K extends EventName> = z.output<(typeof events)[K]>;

/** An error as it crosses the boundary: a code for programs and one clear sentence for people. */
export const ErrorInfo = z.object({ code: z.string(), message: z.string() });
export type ErrorInfo = z.infer<typeof ErrorInfo>;
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(calls, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

/** Validates a call's payload; the error message names the call and the first offending field. */
export function parseCallInput<K extends CallName>(name: K, payload: unknown): CallResult<z.output<Calls[K]['input']>> {
  const parsed = calls[name].input.safeParse(payload ?? {});
  if (parsed.success) return { ok: true, value: parsed.data as z.output<Calls[K]['input']> };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length ? ` at "${issue.path.join('.')}"` : '';
  return { ok: false, error: { code: 'invalid_input', message: `The call ${name} was refused: ${issue?.message ?? 'invalid input'}${where}.` } };
}
