import type { Db } from './database';
import type { DossierKind, DossierStatus } from '../domain/dossier';
import type { FusedFields, OcrWordBox } from '../domain/field-reading';
import type { BatchSummary } from '../domain/batch';

export interface ExportableDossier {
  seq: number;
  id: string;
  status: DossierStatus;
  record_id: string | null;
  fields: FusedFields | null;
  pages: number;
  updated_at: string;
  /** A vehicle's registration dossier or a paper driving licence: which fields its values are. */
  kind: DossierKind;
}

export interface ExportPage {
  pageNo: number;
  imagePath: string;
  width: number;
  height: number;
  sha256: string;
  /** The turn that makes the page as scanned upright (the analysis's, which includes the clerk's). */
  rotation: number | null;
  userRotation: number;
  words: OcrWordBox[];
}

export interface NewBatch extends Omit<BatchSummary, 'verified_at' | 'verified_ok'> {
  dossierSeqs: number[];
}

/** A batch whose folder is being renamed into place (see migration 007). */
export interface BatchPlacement {
  batch_id: string;
  pid: number;
  temp_dir: string;
  target_dir: string;
  manifest_sha256: string;
  batch: NewBatch;
  expected: { seq: number; id: string; updated_at: string; status: DossierStatus }[];
}

export interface StationKeyRow {
  algorithm: string;
  public_key: string;
  private_key: string;
  created_at: string;
}

type RawDossier = Omit<ExportableDossier, 'fields'> & { fields: string | null };
type RawBatch = Omit<BatchSummary, 'reexport' | 'verified_ok'> & { reexport: number; verified_ok: number | null };

const DOSSIER_SELECT = `SELECT d.seq, d.id, d.status, d.record_id, d.fields, d.updated_at, d.kind,
  (SELECT count(*) FROM pages p WHERE p.dossier_seq = d.seq) AS pages FROM dossiers d`;
const BATCH_SELECT = 'SELECT id, created_at, user, dir, dossiers, pages, bytes, manifest_sha256, reexport, verified_at, verified_ok FROM batches';

const toDossier = (r: RawDossier): ExportableDossier => ({ ...r, fields: r.fields ? (JSON.parse(r.fields) as FusedFields) : null });
const toBatch = (r: RawBatch): BatchSummary => ({ ...r, reexport: r.reexport === 1, verified_ok: r.verified_ok === null ? null : r.verified_ok === 1 });

/** All SQL about exported batches, which dossiers they carried, and the station's signing key. */
export class ExportRepo {
  constructor(private readonly db: Db) {}

  /** Resolved dossiers never exported (with `reexport`, exported ones too), oldest first. */
  exportable(reexport: boolean): ExportableDossier[] {
    const statuses = reexport ? "('resolved', 'exported')" : "('resolved')";
    return this.db.prepare<[], RawDossier>(`${DOSSIER_SELECT} WHERE d.status IN ${statuses} ORDER BY d.seq`).all().map(toDossier);
  }

  byIds(ids: readonly string[]): (ExportableDossier | undefined)[] {
    const stmt = this.db.prepare<[string], RawDossier>(`${DOSSIER_SELECT} WHERE d.id = ?`);
    return ids.map((id) => {
      const row = stmt.get(id.trim());
      return row ? toDossier(row) : undefined;
    });
  }

  pages(dossierSeq: number): ExportPage[] {
    return this.db
      .prepare<[number], Omit<ExportPage, 'words'> & { words: string | null }>(
        `SELECT page_no AS pageNo, image_path AS imagePath, width, height, sha256, rotation, user_rotation AS userRotation, words
         FROM pages WHERE dossier_seq = ? ORDER BY page_no`,
      )
      .all(dossierSeq)
      .map((p) => ({ ...p, words: p.words ? (JSON.parse(p.words) as OcrWordBox[]) : [] }));
  }

  /**
   * Records a written batch and marks its dossiers exported, in one transaction with `also` (the audit entries),
   * but only if none of them changed since the batch was built; returns the ids that did change (nothing is
   * recorded then).
   */
  recordBatch(batch: NewBatch, expected: readonly { seq: number; id: string; updated_at: string }[], now: string, also: () => void): string[] {
    return this.db.transaction((): string[] => {
      const current = this.db.prepare<[number], { status: DossierStatus; updated_at: string }>('SELECT status, updated_at FROM dossiers WHERE seq = ?');
      const changed = expected.filter((d) => {
        const row = current.get(d.seq);
        return !row || row.updated_at !== d.updated_at || (row.status !== 'resolved' && !(batch.reexport && row.status === 'exported'));
      });
      if (changed.length > 0) return changed.map((d) => d.id);
      const seq = Number(
        this.db
          .prepare('INSERT INTO batches (id, created_at, user, dir, dossiers, pages, bytes, manifest_sha256, reexport) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(batch.id, batch.created_at, batch.user, batch.dir, batch.dossiers, batch.pages, batch.bytes, batch.manifest_sha256, batch.reexport ? 1 : 0)
          .lastInsertRowid,
      );
      const link = this.db.prepare('INSERT INTO batch_dossiers (batch_seq, dossier_seq) VALUES (?, ?)');
      const mark = this.db.prepare("UPDATE dossiers SET status = 'exported', updated_at = ? WHERE seq = ?");
      for (const d of batch.dossierSeqs) {
        link.run(seq, d);
        mark.run(now, d);
      }
      also();
      this.db.prepare('DELETE FROM batch_placements WHERE batch_id = ?').run(batch.id);
      return [];
    })();
  }

  /** Notes a batch about to be renamed into place, before the rename (so a kill in between can be finished). */
  notePlacement(p: BatchPlacement): void {
    this.db
      .prepare('INSERT INTO batch_placements (batch_id, pid, temp_dir, target_dir, manifest_sha256, batch, expected) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(p.batch_id, p.pid, p.temp_dir, p.target_dir, p.manifest_sha256, JSON.stringify(p.batch), JSON.stringify(p.expected));
  }

  dropPlacement(batchId: string): void {
    this.db.prepare('DELETE FROM batch_placements WHERE batch_id = ?').run(batchId);
  }

  /** Batches an export left between writing and recording (normally none). */
  placements(): BatchPlacement[] {
    return this.db
      .prepare<[], Omit<BatchPlacement, 'batch' | 'expected'> & { batch: string; expected: string }>(
        'SELECT batch_id, pid, temp_dir, target_dir, manifest_sha256, batch, expected FROM batch_placements ORDER BY batch_id',
      )
      .all()
      .map((r) => ({ ...r, batch: JSON.parse(r.batch) as NewBatch, expected: JSON.parse(r.expected) as BatchPlacement['expected'] }));
  }

  /** Batches, newest first. */
  batches(offset: number, limit: number): { total: number; rows: BatchSummary[] } {
    const total = this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM batches').get()!.n;
    const rows = this.db.prepare<[number, number], RawBatch>(`${BATCH_SELECT} ORDER BY seq DESC LIMIT ? OFFSET ?`).all(limit, offset).map(toBatch);
    return { total, rows };
  }

  /** Remembers a verification of a batch this station wrote; false when the batch is not one of ours. */
  setVerified(id: string, ok: boolean, at: string): boolean {
    // A batch once found altered stays marked so: a later good check is of another copy, not of that one.
    return this.db
      .prepare('UPDATE batches SET verified_at = ?, verified_ok = CASE WHEN verified_ok = 0 THEN 0 ELSE ? END WHERE id = ?')
      .run(at, ok ? 1 : 0, id).changes > 0;
  }

  /** The manifest SHA-256 recorded when this station wrote the batch; null when it is not one of ours. */
  recordedManifest(id: string): string | null {
    return this.db.prepare<[string], { manifest_sha256: string }>('SELECT manifest_sha256 FROM batches WHERE id = ?').get(id)?.manifest_sha256 ?? null;
  }

  /**
   * Blanks the private key an older version stored here. secure_delete overwrites the freed bytes in the page,
   * and the checkpoint rewrites the file from the WAL, so the old key is in neither afterwards.
   */
  forgetPrivateKey(): void {
    this.db.pragma('secure_delete = ON');
    try {
      this.db.prepare("UPDATE station_keys SET private_key = '' WHERE id = 1").run();
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.pragma('secure_delete = OFF');
    }
  }

  stationKey(): StationKeyRow | undefined {
    return this.db.prepare<[], StationKeyRow>('SELECT algorithm, public_key, private_key, created_at FROM station_keys WHERE id = 1').get();
  }

  /** Stores the key unless one exists already (two processes racing keep the first); returns the stored one. */
  saveStationKey(key: StationKeyRow): StationKeyRow {
    this.db
      .prepare('INSERT OR IGNORE INTO station_keys (id, algorithm, public_key, private_key, created_at) VALUES (1, ?, ?, ?, ?)')
      .run(key.algorithm, key.public_key, key.private_key, key.created_at);
    return this.stationKey()!;
  }
}
