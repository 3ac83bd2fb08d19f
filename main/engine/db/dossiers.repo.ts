import type { Db } from './database';
import { DossierCardsRepo } from './dossier-cards.repo';
import type { FieldReading, FusedFields, PageAnalysis } from '../domain/field-reading';
import type { DossierKind, DossierStatus } from '../domain/dossier';

export type { DossierKind, DossierStatus };

export interface NewPage {
  sha256: string;
  imagePath: string;
  sourceFile: string;
  indexInFile: number;
  width: number;
  height: number;
}

export interface NewDossier {
  source: string[];
  status: DossierStatus;
  error: string | null;
  pages: NewPage[];
  sourceFiles: { sha256: string; path: string; archivePath: string | null }[];
  /** Default `vehicle`. */
  kind?: DossierKind;
  /** The box or shelf the paper came from, as the clerk labelled it. */
  box?: string | null;
}

const QUEUED_PAGE = `SELECT p.id, p.dossier_seq AS dossierSeq, p.page_no AS pageNo, p.image_path AS imagePath, p.user_rotation AS userRotation,
  p.revision, d.kind, p.source_file AS sourceFile, p.index_in_file AS indexInFile FROM pages p JOIN dossiers d ON d.seq = p.dossier_seq`;

export interface QueuedPage {
  id: number;
  dossierSeq: number;
  pageNo: number;
  imagePath: string;
  /** The clerk's turn (clockwise degrees), applied before the analysis. */
  userRotation: number;
  /** Which version of the page this is: an analysis of an older one is not committed. */
  revision: number;
  /** Its dossier's kind: how the page is read. */
  kind: DossierKind;
  /** The file it was taken out of and its 0-based page there, for a sentence naming it. */
  sourceFile?: string;
  indexInFile?: number | null;
}

export interface DossierRow {
  seq: number;
  id: string;
  source: string[];
  pages: number;
  status: DossierStatus;
  error: string | null;
  fields: FusedFields | null;
  record_id: string | null;
  kind: DossierKind;
  box: string | null;
}

export interface StoredPage {
  pageNo: number;
  width: number;
  height: number;
  state: 'queued' | 'done' | 'failed';
  error: string | null;
  blank: boolean;
  kind: string | null;
  /** The analysis's own orientation fix, on top of the clerk's turn. */
  rotation: number | null;
  /** The clerk's turn (clockwise degrees 0/90/180/270). */
  userRotation: number;
  imagePath: string;
}

const DOSSIER_SELECT = `SELECT d.seq, d.id, d.source, d.status, d.error, d.fields, d.record_id, d.kind, d.box,
  (SELECT count(*) FROM pages p WHERE p.dossier_seq = d.seq) AS pages FROM dossiers d`;

function toRow(r: RawDossier): DossierRow {
  return { ...r, source: JSON.parse(r.source) as string[], fields: r.fields ? (JSON.parse(r.fields) as FusedFields) : null };
}

interface RawDossier {
  seq: number;
  id: string;
  source: string;
  pages: number;
  status: DossierStatus;
  error: string | null;
  fields: string | null;
  record_id: string | null;
  kind: DossierKind;
  box: string | null;
}

/** All SQL about scanned dossiers, their pages (the persistent work queue) and field readings. */
export class DossiersRepo {
  private readonly createTx;
  private readonly completeTx;

  /** Dossier kinds and the split of a licence file into one dossier per card. */
  readonly cards: DossierCardsRepo;

  constructor(private readonly db: Db) {
    this.cards = new DossierCardsRepo(db);
    this.createTx = db.transaction((dossier: NewDossier, now: string): { id: string } | { duplicateOf: string } => {
      // The claim is made in the transaction that creates the dossier: two imports of one file at once (two
      // windows, the hot folder, the command line) cannot both pass a check made before it.
      for (const f of dossier.sourceFiles) {
        const earlier = this.dossierOfFile(f.sha256);
        if (earlier) return { duplicateOf: earlier };
      }
      const seq = Number(
        db
          .prepare("INSERT INTO dossiers (id, source, status, error, intake_error, kind, box, created_at, updated_at) VALUES ('', ?, ?, ?, ?, ?, ?, ?, ?)")
          .run(JSON.stringify(dossier.source), dossier.status, dossier.error, dossier.error, dossier.kind ?? 'vehicle', dossier.box ?? null, now, now).lastInsertRowid,
      );
      const id = `DS${String(seq).padStart(6, '0')}`;
      db.prepare('UPDATE dossiers SET id = ? WHERE seq = ?').run(id, seq);
      const page = db.prepare(
        `INSERT INTO pages (dossier_seq, page_no, sha256, image_path, source_file, index_in_file, width, height, state)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued')`,
      );
      dossier.pages.forEach((p, i) => page.run(seq, i, p.sha256, p.imagePath, p.sourceFile, p.indexInFile, p.width, p.height));
      // One file twice in the same dossier (a folder holding two copies) is claimed once.
      const file = db.prepare('INSERT OR IGNORE INTO source_files (sha256, path, dossier_seq, archive_path, imported_at) VALUES (?, ?, ?, ?, ?)');
      for (const f of dossier.sourceFiles) file.run(f.sha256, f.path, seq, f.archivePath, now);
      return { id };
    });
    this.completeTx = db.transaction((pageId: number, revision: number, analysis: PageAnalysis, problems: string | null): boolean => {
      const updated = db
        .prepare(
          "UPDATE pages SET state = 'done', rotation = ?, skew = ?, kind = ?, blank = ?, words = ?, error = ? WHERE id = ? AND revision = ? AND state = 'queued'",
        )
        .run(analysis.rotation, analysis.skew, analysis.kind, analysis.blank ? 1 : 0, JSON.stringify(analysis.words), problems, pageId, revision);
      // The clerk changed (or removed) the page while it was being read: that analysis is stale.
      if (updated.changes === 0) return false;
      const insert = db.prepare('INSERT INTO field_readings (page_id, field, source, method, box, text, confidence, chars) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      for (const r of analysis.readings) {
        insert.run(pageId, r.field, r.source, r.method ?? 'label', r.box ? JSON.stringify(r.box) : null, r.text, r.confidence, JSON.stringify(r.chars));
      }
      return this.remainingPages(pageId) === 0;
    });
  }

  /** The dossier already made from a file with this content, if any. */
  dossierOfFile(sha256: string): string | undefined {
    return this.db
      .prepare<[string], { id: string }>('SELECT d.id FROM source_files f JOIN dossiers d ON d.seq = f.dossier_seq WHERE f.sha256 = ?')
      .get(sha256)?.id;
  }

  /** Creates a dossier with its queued pages in one transaction; returns its id. */
  create(dossier: NewDossier, now = new Date().toISOString()): string {
    const made = this.createUnlessImported(dossier, now);
    return 'id' in made ? made.id : made.duplicateOf;
  }

  /**
   * Creates a dossier and claims its source files in one write transaction taken at once (BEGIN IMMEDIATE, so
   * no other process can claim between the check and the insert); when another import already claimed one of
   * them, nothing is written and that dossier is named instead.
   */
  createUnlessImported(dossier: NewDossier, now = new Date().toISOString()): { id: string } | { duplicateOf: string } {
    return this.createTx.immediate(dossier, now);
  }

  /** The first queued page after `id` (pages are worked in id order). */
  nextQueuedPageAfter(id: number): QueuedPage | undefined {
    return this.db.prepare<[number], QueuedPage>(`${QUEUED_PAGE} WHERE p.state = 'queued' AND p.id > ? ORDER BY p.id LIMIT 1`).get(id);
  }

  /** A dossier's pages still to be read, in page order. */
  queuedPagesOf(id: string): QueuedPage[] {
    return this.db.prepare<[string], QueuedPage>(`${QUEUED_PAGE} WHERE p.state = 'queued' AND d.id = ? ORDER BY p.page_no`).all(id);
  }

  /** Runs `work` in one transaction (inside a caller's, as part of it). */
  atomically<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** The dossier's own intake problems (unreadable files), without its page errors. */
  errorOf(dossierSeq: number): string | null {
    return (
      this.db.prepare<[number], { error: string | null }>('SELECT intake_error AS error FROM dossiers WHERE seq = ?').get(dossierSeq)?.error ?? null
    );
  }

  count(): number {
    return this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM dossiers').get()!.n;
  }

  /**
   * Dossiers whose pages are all analysed but which were never fused again (still `processing`) or never
   * linked (`link` is set by every evaluation): a crash between the last page's commit and the fusing or the
   * linking leaves them so, and no queued page would ever bring them back.
   */
  strandedSeqs(): number[] {
    return this.db
      .prepare<[], { seq: number }>(
        `SELECT seq FROM dossiers d WHERE (status = 'processing' OR (status = 'needs_review' AND link IS NULL))
         AND EXISTS (SELECT 1 FROM pages p WHERE p.dossier_seq = d.seq)
         AND NOT EXISTS (SELECT 1 FROM pages p WHERE p.dossier_seq = d.seq AND p.state = 'queued') ORDER BY seq`,
      )
      .all()
      .map((r) => r.seq);
  }

  countQueued(): number {
    return this.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM pages WHERE state = 'queued'").get()!.n;
  }

  /**
   * Stores a page's analysis and marks it done, atomically, with the problems reading found on it (stored
   * messages, kept as a failed page's are); true when it was the dossier's last page.
   */
  completePage(page: Pick<QueuedPage, 'id' | 'revision'>, analysis: PageAnalysis, problems: string | null = null): boolean {
    return this.completeTx(page.id, page.revision, analysis, problems);
  }

  /** Marks a page failed with its reason; true when it was the dossier's last page to process. */
  failPage(page: Pick<QueuedPage, 'id' | 'revision'>, message: string): boolean {
    const updated = this.db
      .prepare("UPDATE pages SET state = 'failed', error = ? WHERE id = ? AND revision = ? AND state = 'queued'")
      .run(message, page.id, page.revision);
    return updated.changes > 0 && this.remainingPages(page.id) === 0;
  }

  private remainingPages(pageId: number): number {
    return this.db
      .prepare<[number], { n: number }>(
        "SELECT count(*) AS n FROM pages WHERE state = 'queued' AND dossier_seq = (SELECT dossier_seq FROM pages WHERE id = ?)",
      )
      .get(pageId)!.n;
  }

  /**
   * Every reading of a dossier, with the page it is on, in page order (then as each page gave them): the same
   * paper gives the same order whichever OCR worker finished first, so fusion's ties and the page the Review
   * screen opens do not depend on timing.
   */
  readings(dossierSeq: number): FieldReading[] {
    return this.db
      .prepare<[number], { page: number; field: FieldReading['field']; source: FieldReading['source']; method: FieldReading['method']; box: string | null; text: string; confidence: number; chars: string }>(
        `SELECT p.page_no AS page, r.field, r.source, r.method, r.box, r.text, r.confidence, r.chars
         FROM field_readings r JOIN pages p ON p.id = r.page_id WHERE p.dossier_seq = ? ORDER BY p.page_no, r.id`,
      )
      .all(dossierSeq)
      .map((r) => ({ ...r, box: r.box ? JSON.parse(r.box) : null, chars: JSON.parse(r.chars) }));
  }

  /** The problems of a dossier's pages: failed pages' and those read with a problem. */
  pageErrors(dossierSeq: number): string[] {
    return this.db
      .prepare<[number], { error: string }>('SELECT error FROM pages WHERE dossier_seq = ? AND error IS NOT NULL ORDER BY page_no')
      .all(dossierSeq)
      .map((r) => r.error);
  }

  finish(dossierSeq: number, status: DossierStatus, fields: FusedFields | null, error: string | null, now = new Date().toISOString()): void {
    this.db
      .prepare('UPDATE dossiers SET status = ?, fields = ?, error = ?, updated_at = ? WHERE seq = ?')
      .run(status, fields ? JSON.stringify(fields) : null, error, now, dossierSeq);
  }

  list(): DossierRow[] {
    return this.db.prepare<[], RawDossier>(`${DOSSIER_SELECT} ORDER BY d.seq`).all().map(toRow);
  }

  /** A window of dossiers, newest first, optionally of one status, with the total it is a window of. */
  window(offset: number, limit: number, status?: DossierStatus): { total: number; rows: DossierRow[] } {
    const where = status ? 'WHERE d.status = ?' : '';
    const args = status ? [status] : [];
    const total = this.db.prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM dossiers d ${where}`).get(...args)!.n;
    // The window's numbers first, from an index (rows skipped by OFFSET are not read), then only those rows.
    const rows = this.db
      .prepare<unknown[], RawDossier>(
        `${DOSSIER_SELECT} WHERE d.seq IN (SELECT d.seq FROM dossiers d ${where} ORDER BY d.seq DESC LIMIT ? OFFSET ?) ORDER BY d.seq DESC`,
      )
      .all(...args, limit, offset)
      .map(toRow);
    return { total, rows };
  }

  /** The pages of a dossier by its id, in page order. */
  pagesOf(id: string): StoredPage[] {
    return this.db
      .prepare<[string], Omit<StoredPage, 'blank'> & { blank: number }>(
        `SELECT p.page_no AS pageNo, p.width, p.height, p.state, p.error, p.blank, p.kind, p.rotation, p.user_rotation AS userRotation,
           p.image_path AS imagePath
         FROM pages p JOIN dossiers d ON d.seq = p.dossier_seq WHERE d.id = ? ORDER BY p.page_no`,
      )
      .all(id)
      .map((p) => ({ ...p, blank: p.blank === 1 }));
  }
}
