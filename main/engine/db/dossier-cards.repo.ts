import type { Db } from './database';
import type { DossierKind } from '../domain/dossier';

export interface CardPage {
  id: number;
  pageNo: number;
  sourceFile: string;
  indexInFile: number;
}

/**
 * The SQL that makes one dossier per card: a file of licence paper is taken in as one dossier whose pages are
 * its cards (card-pages.ts); once read, the cards of other holders are split off into dossiers of their own.
 * A split-off dossier keeps the file's source, kind and box; its pages (and their readings, which follow the
 * page) move with it. The file's claim against re-import stays with the first dossier, so importing the file
 * again is still recognised as a duplicate.
 */
export class DossierCardsRepo {
  private readonly splitTx;

  constructor(private readonly db: Db) {
    this.splitTx = db.transaction((seq: number, pageIds: readonly number[], now: string): number => {
      const created = Number(
        db.prepare(
          `INSERT INTO dossiers (id, source, status, error, intake_error, kind, box, scanned_by, created_at, updated_at)
           SELECT '', source, 'processing', NULL, NULL, kind, box, scanned_by, created_at, ? FROM dossiers WHERE seq = ?`,
        ).run(now, seq).lastInsertRowid,
      );
      db.prepare('UPDATE dossiers SET id = ? WHERE seq = ?').run(`DS${String(created).padStart(6, '0')}`, created);
      const move = db.prepare('UPDATE pages SET dossier_seq = ?, page_no = ? WHERE id = ?');
      pageIds.forEach((id, i) => move.run(created, -1 - i, id));
      db.prepare('UPDATE pages SET page_no = -1 - page_no WHERE dossier_seq = ?').run(created);
      // The pages left behind are numbered again from 0, in their order (negated first: page numbers are unique).
      const left = db.prepare<[number], { id: number }>('SELECT id FROM pages WHERE dossier_seq = ? ORDER BY page_no').all(seq);
      left.forEach((p, i) => move.run(seq, -1 - i, p.id));
      db.prepare('UPDATE pages SET page_no = -1 - page_no WHERE dossier_seq = ? AND page_no < 0').run(seq);
      return created;
    });
  }

  kindOf(seq: number): DossierKind {
    return this.db.prepare<[number], { kind: DossierKind }>('SELECT kind FROM dossiers WHERE seq = ?').get(seq)?.kind ?? 'vehicle';
  }

  /** A dossier's pages in order, with the scanned page each was cut from. */
  pages(seq: number): CardPage[] {
    return this.db
      .prepare<[number], CardPage>(
        'SELECT id, page_no AS pageNo, source_file AS sourceFile, index_in_file AS indexInFile FROM pages WHERE dossier_seq = ? ORDER BY page_no',
      )
      .all(seq);
  }

  /** Moves `pageIds` (in this order) out of dossier `seq` into a new dossier; returns the new dossier's seq. */
  splitOff(seq: number, pageIds: readonly number[], now = new Date().toISOString()): number {
    return this.splitTx.immediate(seq, pageIds, now);
  }
}
