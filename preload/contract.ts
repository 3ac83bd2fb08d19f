/**
 * The single contract between the UI and the engine: every call and every event, as zod schemas.
 * Main validates each incoming call against these schemas before it reaches the engine; the renderer's
 * types come from them, so the two sides cannot drift apart.
 */
import { z } from 'zod';
import { ImportReport, FindResult, JobProgress, Locale, RecordDetail, RecordFilter, Settings, StationRecord } from './schemas/records';
import { DossierStatus, DossierView, PageView, ScanDevices, ScanImportReport, ScanMode, ScanSourceKind, WatchStatus } from './schemas/scan';
import { AuditEntry, AuditVerdict, DecisionAction, QueueFilter, QueueItem, ReviewDossier, Role, User } from './schemas/review';
import { BatchSummary, BatchVerdict, ExportPreview, ExportRequest, ExportResult } from './schemas/export';
import { DashboardStats } from './schemas/dashboard';
import { BackupReport, StationFacts } from './schemas/station';
import { DeclarationAction, DeclarationDecision, DeclarationMatch, DeclarationStatus, DeclarationView, OwnerAction, PaperCheck, OwnerCounts, OwnerResult, OwnerStatus } from './schemas/owners';
import { LicenceResult, LicenceView } from './schemas/licences';
import { RetiredCounts, RetiredImportReport, RetiredUnmatched, RetiredVehicle } from './schemas/retired';

export * from './schemas/records';
export * from './schemas/scan';
export * from './schemas/review';
export * from './schemas/export';
export * from './schemas/dashboard';
export * from './schemas/station';
export * from './schemas/owners';
export * from './schemas/licences';
export * from './schemas/retired';

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
    z.object({ purpose: z.enum(['records', 'scans', 'scan-folder', 'export-folder', 'backup-file', 'backup-folder', 'report-file', 'separator-file', 'archive-folder']) }),
    z.array(z.string()),
    'Open a file dialog and return the chosen paths.',
  ),
  /** Opens a folder in the system file manager (the shell's); only an existing folder, e.g. a written batch. */
  'app.openFolder': call(z.object({ path: z.string().min(1).max(4096) }), z.null(), 'Open a folder in the file manager.'),
  /** The station's settings as stored in its database. */
  'settings.get': call(z.object({}), Settings, 'Read the settings.'),
  /** Changes some settings; returns all of them. */
  'settings.set': call(Settings.partial(), Settings, 'Change settings.'),
  /** The archive folder, database file and processor cores of this station, for the Settings screen to show. */
  'settings.station': call(z.object({}), StationFacts, 'Read-only facts about the station.'),
  /**
   * A consistent copy of the station database with the index of its archived files, written to `out` (a temporary
   * name renamed when complete); the report names archived files that are missing. Refused with one sentence.
   */
  'station.backup': call(z.object({ out: z.string().min(1).max(4096) }), BackupReport, 'Back up the station now.'),
  /** Dossiers per step per day (last 30 days) and cumulative, decisions per officer, records digitized, flags by kind. */
  'dashboard.stats': call(z.object({}), DashboardStats, 'The station dashboard.'),
  /** The dashboard as a one-page A4 PDF written to `out`, in the given language. */
  'dashboard.report': call(
    z.object({ out: z.string().min(1).max(4096), locale: Locale.default('vi') }),
    z.object({ file: z.string(), bytes: z.number().int() }),
    'Save the dashboard as a PDF report.',
  ),
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

  /**
   * Imports scanned files or folders as dossiers and processes every page; progress as `job.progress` (kind
   * scan.import). `kind`: what the paper is (vehicle dossiers or paper licences); `box`: the box or shelf it came from.
   */
  'scan.import': call(
    z.object({
      paths: z.array(z.string().min(1)).min(1).max(1000),
      stack: z.boolean().default(false),
      kind: z.enum(['vehicle', 'licence']).default('vehicle'),
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
      errors: z.array(z.object({ path: z.string(), message: z.string() })),
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
    z.object({ out: z.string().min(1).max(4096), count: z.number().int().min(1).max(200).default(10), style: z.enum(['bars', 'qr']).default('bars') }),
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

  /** Signs in with a local account (salted scrypt); a wrong name or password gets one sentence, the same for both. */
  'auth.signIn': call(z.object({ name: z.string().min(1).max(80), password: z.string().min(1).max(500) }), User, 'Sign in.'),
  'auth.signOut': call(z.object({}), z.null(), 'Sign out.'),
  /** The signed-in user, and whether the station has no account yet (first run). */
  'auth.current': call(z.object({}), z.object({ user: User.nullable(), needsFirstUser: z.boolean() }), 'Who is signed in.'),
  /** Adds an account: only a signed-in lead may, except for the station's very first account. */
  'users.add': call(
    z.object({ name: z.string().min(1).max(80), role: Role, password: z.string().min(1).max(500) }),
    User,
    'Add a local account.',
  ),
  'users.list': call(z.object({}), z.array(User), 'The local accounts.'),

  /** The review queue, most severe first; `open` = waiting for decisions. */
  'review.queue': call(
    QueueFilter.extend({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ total: z.number().int(), rows: z.array(QueueItem) }),
    'The review queue.',
  ),
  /** One dossier for review: final values, scan values, record, link, flags with every reading and decision. */
  'review.dossier': call(z.object({ id: DossierId }), ReviewDossier, 'A dossier for review.'),
  /**
   * A decision by the signed-in officer or lead on one flag (`record` for the link; `set` on `record` links a record
   * by id). `expected` is the decision id the screen showed (null for none): if another officer decided meanwhile
   * the call is refused with who and what, unless it says the same thing.
   */
  'review.decide': call(
    z.object({
      dossier: DossierId,
      field: z.string().min(1).max(40),
      action: DecisionAction,
      value: z.string().max(500).nullable().optional(),
      reason: z.string().max(500).nullable().optional(),
      expected: z.number().int().nullable().optional(),
    }),
    z.object({ outcome: z.enum(['decided', 'unchanged']), message: z.string(), dossier: ReviewDossier }),
    'Decide a flag.',
  ),
  /** Takes back the newest decision on the dossier (or on one field); a record it corrected is put back. */
  'review.undo': call(
    z.object({ dossier: DossierId, field: z.string().max(40).optional() }),
    z.object({ outcome: z.enum(['decided', 'unchanged']), message: z.string(), dossier: ReviewDossier }),
    'Undo a decision.',
  ),
  /** "The record is right" on every open flag of each confidently linked dossier whose flags are all probable OCR misreads. */
  'review.bulkConfirm': call(
    z.object({ ids: z.array(DossierId).min(1).max(1000) }),
    z.object({ confirmed: z.array(z.string()), skipped: z.array(z.object({ id: z.string(), reason: z.string() })) }),
    'Confirm clean dossiers in bulk.',
  ),
  /**
   * Merges a duplicate dossier into the other (signed-in officer or lead): its pages move, kept with their readings,
   * to the end of `into`, which is fused, linked and flagged again; `from` is set aside with a sentence naming `into`.
   */
  'review.merge': call(
    z.object({ from: DossierId, into: DossierId }),
    z.object({ into: z.string(), merged: z.string(), pages: z.number().int(), message: z.string() }),
    'Merge a duplicate dossier into the other.',
  ),
  /** The audit log, newest first, optionally about one dossier. */
  'audit.list': call(
    z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100), dossier: DossierId.optional() }),
    z.object({ total: z.number().int(), rows: z.array(AuditEntry) }),
    'The audit log.',
  ),
  /** Checks the audit log's hash chain end to end. */
  'audit.verify': call(z.object({}), AuditVerdict, 'Verify the audit chain.'),

  /** Resolved dossiers not exported yet (with `reexport`, exported ones too), for the Export screen's selection. */
  'export.preview': call(z.object({ reexport: z.boolean().default(false) }), ExportPreview, 'Dossiers ready for export.'),
  /**
   * Writes a signed batch (searchable PDFs, manifest.json/csv, audit entries, Ed25519 signature) as the signed-in
   * lead; progress as `job.progress` (kind export). Refused with one sentence for a non-lead, an unwritable folder
   * or a full disk, leaving no batch that looks complete and the dossiers still exportable.
   */
  'export.run': call(ExportRequest, ExportResult, 'Export a batch.'),
  /** The station's batch history, newest first: when, who, how many, where, verified or not. */
  /** Checks every record's owner against the population register again; answers the counts per status. */
  'owners.reconcile': call(z.object({}), OwnerCounts, 'Reconcile every owner with the register.'),
  /** The stored counts per status, kept current by every import and decision (no pass is run). */
  'owners.counts': call(z.object({}), OwnerCounts, 'Owner counts per status.'),
  /** A window of owner results with one status, or every one not matching the register. */
  'owners.window': call(
    z.object({ status: z.union([OwnerStatus, z.literal('not_match')]).default('not_match'), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ total: z.number().int(), rows: z.array(OwnerResult) }),
    'Owner results against the register.',
  ),
  /** An officer's decision on one owner difference (the signed-in officer or lead); a second, different one is refused. */
  'owners.decide': call(
    z.object({ record: z.string().min(1).max(64), field: z.string().min(1).max(40), action: OwnerAction, reason: z.string().max(500).optional() }),
    z.object({ outcome: z.enum(['decided', 'unchanged']), message: z.string(), result: OwnerResult }),
    'Take the register value into the record, or keep the record value.',
  ),
  /** The same decision on a reviewed list of owner differences, one by one: each refusal is named, the rest go on. */
  'owners.decideMany': call(
    z.object({
      decisions: z.array(z.object({ record: z.string().min(1).max(64), field: z.string().min(1).max(40), action: OwnerAction, reason: z.string().max(500).optional() })).min(1).max(500),
    }),
    z.object({ decided: z.array(z.string()), skipped: z.array(z.object({ record: z.string(), reason: z.string() })) }),
    'Decide several owner differences at once.',
  ),
  /** Checks every driving-licence holder against the population register again; answers the counts per status. */
  'licences.reconcile': call(z.object({}), OwnerCounts, 'Reconcile every licence holder with the register.'),
  /** The stored counts per status, kept current by every import and decision (no pass is run). */
  'licences.counts': call(z.object({}), OwnerCounts, 'Licence holder counts per status.'),
  /** A window of licence results with one status, or every one not matching the register. */
  'licences.window': call(
    z.object({ status: z.union([OwnerStatus, z.literal('not_match')]).default('not_match'), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ total: z.number().int(), rows: z.array(LicenceResult) }),
    'Licence results against the register.',
  ),
  /** A licence as stored (class, holder, dates), or null when the station has no such number. */
  'licences.show': call(z.object({ licence_no: z.string().min(1).max(64) }), LicenceView.nullable(), 'One licence as stored.'),
  /** An officer's decision on one difference of a licence holder (the signed-in officer or lead); a second, different one is refused. */
  'licences.decide': call(
    z.object({ licence_no: z.string().min(1).max(64), field: z.string().min(1).max(40), action: OwnerAction, reason: z.string().max(500).optional() }),
    z.object({ outcome: z.enum(['decided', 'unchanged']), message: z.string(), result: LicenceResult }),
    'Take the register value into the licence, or keep the licence value.',
  ),
  /** The same decision on a reviewed list of licence holder differences, one by one: each refusal is named, the rest go on. */
  'licences.decideMany': call(
    z.object({
      decisions: z.array(z.object({ licence_no: z.string().min(1).max(64), field: z.string().min(1).max(40), action: OwnerAction, reason: z.string().max(500).optional() })).min(1).max(500),
    }),
    z.object({ decided: z.array(z.string()), skipped: z.array(z.object({ licence_no: z.string(), reason: z.string() })) }),
    'Decide several licence holder differences at once.',
  ),
  /**
   * Imports the department's list of vehicles past service life or out of circulation (CSV, XLSX, JSON): marks the
   * records it names, keeps rows matching no record with a sentence, flags their scanned dossiers `retired`.
   */
  'retired.import': call(z.object({ files: z.array(z.string().min(1)).min(1).max(100) }), RetiredImportReport, 'Import the retired-vehicle list.'),
  /** A window of marked vehicles (record order) with their owner, mark and scanned dossiers. */
  'retired.vehicles': call(
    z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ total: z.number().int(), rows: z.array(RetiredVehicle) }),
    'Marked vehicles with their dossiers.',
  ),
  /** List rows that matched no record, kept for the officer (at most `limit`). */
  'retired.unmatched': call(z.object({ limit: z.number().int().min(1).max(5000).default(500) }), z.array(RetiredUnmatched), 'Retired-list rows matching no record.'),
  /** Listed, found (a dossier scanned) and dossiers separated: the counts the Retired screen and the dashboard show. */
  'retired.counts': call(z.object({}), RetiredCounts, 'Retired-vehicle counts.'),
  /** The pick list (which scanned dossier to pull from which box) as a PDF written to `out`, in the given language. */
  'retired.pickList': call(
    z.object({ out: z.string().min(1).max(4096), locale: Locale.default('vi') }),
    z.object({ file: z.string(), bytes: z.number().int(), lines: z.number().int() }),
    'Save the pick list as a PDF.',
  ),
  /** A window of citizens' self-declarations (the confirmation queue), filtered by status and match. */
  'declarations.window': call(
    z.object({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
      status: DeclarationStatus.optional(),
      match: DeclarationMatch.optional(),
    }),
    z.object({ total: z.number().int(), rows: z.array(DeclarationView) }),
    'Self-declarations with their comparison and decision.',
  ),
  /** The third leg: each scanned dossier of the declared vehicle against the declared plate, chassis and engine. */
  'declarations.paper': call(z.object({ id: z.string().min(1).max(64) }), z.array(PaperCheck), 'The declared vehicle against its scanned paper.'),
  /** A ward officer's decision on one declaration (the signed-in officer or lead); a second, different one is refused. */
  'declarations.decide': call(
    z.object({ id: z.string().min(1).max(64), action: DeclarationAction, reason: z.string().max(500).optional() }),
    DeclarationDecision,
    'Confirm, reject or take a declaration into the record.',
  ),
  'export.batches': call(
    z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ total: z.number().int(), rows: z.array(BatchSummary) }),
    'Batch history.',
  ),
  /** Checks a batch folder: every missing, extra or altered file, and a manifest or signature that does not match. */
  'export.verify': call(
    z.object({ dir: z.string().min(1).max(4096), key: z.string().max(64).optional() }),
    BatchVerdict,
    'Verify a batch folder against this station\'s key, or against the key fingerprint given for another station\'s batch.',
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
