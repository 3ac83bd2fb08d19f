import type { Db } from './database';

/** A dossier as a merge needs to know it. */
export interface MergeSide {
  seq: number;
  id: string;
  status: string;
  kind: string;
  record_id: string | null;
  pages: number;
}

/**
 * The SQL of merging one duplicate dossier into another: its pages (with their readings, removed-page history and
 * source-file claims) move to the end of the kept dossier, none deleted; the emptied dossier keeps its row, set
 * aside with a sentence saying where its pages went.
 */
export class MergeRepo {
  constructor(private readonly db: Db) {}

  side(id: string): MergeSide | undefined {
    return this.db
      .prepare<[string], MergeSide>(
        'SELECT seq, id, status, kind, record_id, (SELECT count(*) FROM pages p WHERE p.dossier_seq = d.seq) AS pages FROM dossiers d WHERE id = ?',
      )
      .get(id);
  }

  /** The dossiers a `duplicate` flag of `seq` names (the same record, or the same pages). */
  duplicatesNamed(seq: number): string[] {
    return this.db
      .prepare<[number], { record_value: string | null }>("SELECT record_value FROM discrepancies WHERE dossier_seq = ? AND kind = 'duplicate'")
      .all(seq)
      .flatMap((r) => (r.record_value ?? '').split(',').map((s) => s.trim()))
      .filter(Boolean);
  }

  /** Moves every page of `from` after those of `into` and sets `from` aside; returns how many pages moved. */
  merge(from: MergeSide, into: MergeSide, note: string, now: string): number {
    return this.db.transaction(() => {
      const last = this.db.prepare<[number], { n: number }>('SELECT coalesce(max(page_no), -1) AS n FROM pages WHERE dossier_seq = ?').get(into.seq)!.n;
      const pages = this.db.prepare<[number], { id: number }>('SELECT id FROM pages WHERE dossier_seq = ? ORDER BY page_no').all(from.seq);
      const move = this.db.prepare('UPDATE pages SET dossier_seq = ?, page_no = ? WHERE id = ?');
      pages.forEach((p, k) => move.run(into.seq, last + 1 + k, p.id));
      this.db.prepare('UPDATE page_history SET dossier_seq = ? WHERE dossier_seq = ?').run(into.seq, from.seq);
      this.db.prepare('UPDATE source_files SET dossier_seq = ? WHERE dossier_seq = ?').run(into.seq, from.seq);
      // Out of the queue, the export and the duplicate search; the row, its flags and decisions stay for the trail.
      this.db.prepare("UPDATE dossiers SET status = 'failed', error = ?, severity = 0, updated_at = ? WHERE seq = ?").run(note, now, from.seq);
      this.db.prepare("UPDATE dossiers SET status = 'processing', updated_at = ? WHERE seq = ?").run(now, into.seq);
      return pages.length;
    })();
  }
}
