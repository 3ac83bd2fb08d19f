import type { Db } from './database';
import type { NewPage } from './dossiers.repo';
import { UserError } from '../errors';
import { say } from '../domain/messages/catalogue';

/** The dossier and page a clerk's page tool acts on, once it is known to exist and to be changeable. */
export interface PageTarget {
  dossierSeq: number;
  pageId: number;
  /** Pages in the dossier now. */
  pages: number;
}

/** What is left to do after a change: the dossier is fused again once none of its pages is queued. */
export interface PageChange {
  dossierSeq: number;
  queued: number;
}

// Re-queued pages forget their old analysis; `revision` makes an analysis of the old version uncommittable.
const REQUEUE = `state = 'queued', error = NULL, rotation = NULL, skew = NULL, kind = NULL, blank = 0, words = NULL,
  revision = revision + 1`;
// Far beyond any real page number, so a row can stand aside without breaking UNIQUE(dossier_seq, page_no).
const ASIDE = 1_000_000;

/**
 * All SQL of the clerk's page tools: turn, reorder, remove (kept in page_history, restorable) and replace a
 * page. Each change is one transaction; nothing a page held is deleted without a copy in page_history.
 */
export class PageToolsRepo {
  constructor(private readonly db: Db) {}

  /** Checks that dossier `id` exists, is not exported and has page `pageNo` (0-based). */
  target(id: string, pageNo: number): PageTarget {
    const dossier = this.dossier(id);
    const page = this.db
      .prepare<[number, number], { id: number }>('SELECT id FROM pages WHERE dossier_seq = ? AND page_no = ?')
      .get(dossier.seq, pageNo);
    if (!page) throw new UserError(say('pages.no_page', { dossier: id, page: pageNo + 1 }), 'not_found');
    return { dossierSeq: dossier.seq, pageId: page.id, pages: dossier.pages };
  }

  /** Adds the clerk's quarter turns to a page and queues it to be analysed again. */
  rotate(target: PageTarget, quarterTurns: number, now = new Date().toISOString()): PageChange {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM field_readings WHERE page_id = ?').run(target.pageId);
      this.db
        .prepare(`UPDATE pages SET user_rotation = (((user_rotation + ? * 90) % 360) + 360) % 360, ${REQUEUE} WHERE id = ?`)
        .run(quarterTurns, target.pageId);
      return this.reopen(target.dossierSeq, now);
    })();
  }

  /** Moves a page to position `toPageNo` (0-based), the others closing up; readings follow their page. */
  move(target: PageTarget, toPageNo: number, now = new Date().toISOString()): PageChange {
    return this.db.transaction(() => {
      const order = this.order(target.dossierSeq).filter((pid) => pid !== target.pageId);
      order.splice(toPageNo, 0, target.pageId);
      this.renumber(target.dossierSeq, order);
      this.touch(target.dossierSeq, now);
      return { dossierSeq: target.dossierSeq, queued: this.queued(target.dossierSeq) };
    })();
  }

  /** Takes a page out of the dossier into page_history (with its readings), the rest renumbered. */
  remove(target: PageTarget, now = new Date().toISOString()): PageChange {
    return this.db.transaction(() => {
      this.keep(target.pageId, 'removed', now);
      this.db.prepare('DELETE FROM field_readings WHERE page_id = ?').run(target.pageId);
      this.db.prepare('DELETE FROM pages WHERE id = ?').run(target.pageId);
      this.renumber(target.dossierSeq, this.order(target.dossierSeq));
      this.touch(target.dossierSeq, now);
      return { dossierSeq: target.dossierSeq, queued: this.queued(target.dossierSeq) };
    })();
  }

  /** Puts the most recently removed page of dossier `id` back where it was, queued; null when none is removed. */
  restore(id: string, now = new Date().toISOString()): (PageChange & { pageNo: number }) | null {
    const dossier = this.dossier(id);
    return this.db.transaction(() => {
      const removed = this.db
        .prepare<[number], { id: number; page_no: number }>(
          "SELECT id, page_no FROM page_history WHERE dossier_seq = ? AND event = 'removed' AND restored_at IS NULL ORDER BY id DESC LIMIT 1",
        )
        .get(dossier.seq);
      if (!removed) return null;
      const pageId = Number(
        this.db
          .prepare(
            `INSERT INTO pages (dossier_seq, page_no, sha256, image_path, source_file, index_in_file, width, height, state, user_rotation)
             SELECT dossier_seq, ?, sha256, image_path, source_file, index_in_file, width, height, 'queued', user_rotation
             FROM page_history WHERE id = ?`,
          )
          .run(ASIDE, removed.id).lastInsertRowid,
      );
      this.db.prepare('UPDATE page_history SET restored_at = ? WHERE id = ?').run(now, removed.id);
      const order = this.order(dossier.seq).filter((pid) => pid !== pageId);
      const pageNo = Math.min(removed.page_no, order.length);
      order.splice(pageNo, 0, pageId);
      this.renumber(dossier.seq, order);
      return { ...this.reopen(dossier.seq, now), pageNo };
    })();
  }

  /** Puts a new scan in place of a page (the old image stays in page_history) and queues it. */
  replace(target: PageTarget, page: NewPage, now = new Date().toISOString()): PageChange {
    return this.db.transaction(() => {
      this.keep(target.pageId, 'replaced', now);
      this.db.prepare('DELETE FROM field_readings WHERE page_id = ?').run(target.pageId);
      this.db
        .prepare(
          `UPDATE pages SET sha256 = ?, image_path = ?, source_file = ?, index_in_file = ?, width = ?, height = ?,
             user_rotation = 0, ${REQUEUE} WHERE id = ?`,
        )
        .run(page.sha256, page.imagePath, page.sourceFile, page.indexInFile, page.width, page.height, target.pageId);
      return this.reopen(target.dossierSeq, now);
    })();
  }

  /** Removed and replaced page images of a dossier, newest first (nothing is ever lost). */
  history(id: string): { event: 'removed' | 'replaced'; pageNo: number; imagePath: string; readings: number; restored: boolean }[] {
    return this.db
      .prepare<[string], { event: 'removed' | 'replaced'; pageNo: number; imagePath: string; readings: string; restored: number }>(
        `SELECT h.event, h.page_no AS pageNo, h.image_path AS imagePath, h.readings, h.restored_at IS NOT NULL AS restored
         FROM page_history h JOIN dossiers d ON d.seq = h.dossier_seq WHERE d.id = ? ORDER BY h.id DESC`,
      )
      .all(id)
      .map((h) => ({ ...h, readings: (JSON.parse(h.readings) as unknown[]).length, restored: h.restored === 1 }));
  }

  private dossier(id: string): { seq: number; pages: number } {
    const dossier = this.db
      .prepare<[string], { seq: number; status: string; pages: number }>(
        'SELECT seq, status, (SELECT count(*) FROM pages p WHERE p.dossier_seq = d.seq) AS pages FROM dossiers d WHERE id = ?',
      )
      .get(id);
    if (!dossier) throw new UserError(say('review.no_dossier', { dossier: id }), 'not_found');
    if (dossier.status === 'exported') {
      throw new UserError(say('pages.exported', { dossier: id }), 'exported');
    }
    return dossier;
  }

  private keep(pageId: number, event: 'removed' | 'replaced', now: string): void {
    const readings = this.db
      .prepare<[number], Record<string, unknown>>('SELECT field, source, box, text, confidence, chars FROM field_readings WHERE page_id = ? ORDER BY id')
      .all(pageId);
    this.db
      .prepare(
        `INSERT INTO page_history (dossier_seq, event, page_id, page_no, sha256, image_path, source_file, index_in_file, width, height,
           user_rotation, readings, at)
         SELECT dossier_seq, ?, id, page_no, sha256, image_path, source_file, index_in_file, width, height, user_rotation, ?, ?
         FROM pages WHERE id = ?`,
      )
      .run(event, JSON.stringify(readings), now, pageId);
  }

  private order(dossierSeq: number): number[] {
    return this.db
      .prepare<[number], { id: number }>('SELECT id FROM pages WHERE dossier_seq = ? ORDER BY page_no')
      .all(dossierSeq)
      .map((r) => r.id);
  }

  /** Gives the pages 0..n-1 in `order`. UNIQUE is checked row by row, so every row first steps aside. */
  private renumber(dossierSeq: number, order: number[]): void {
    this.db.prepare('UPDATE pages SET page_no = -1 - id WHERE dossier_seq = ?').run(dossierSeq);
    const set = this.db.prepare('UPDATE pages SET page_no = ? WHERE id = ?');
    order.forEach((pageId, i) => set.run(i, pageId));
  }

  private reopen(dossierSeq: number, now: string): PageChange {
    this.db.prepare("UPDATE dossiers SET status = 'processing', updated_at = ? WHERE seq = ?").run(now, dossierSeq);
    return { dossierSeq, queued: this.queued(dossierSeq) };
  }

  private touch(dossierSeq: number, now: string): void {
    this.db.prepare('UPDATE dossiers SET updated_at = ? WHERE seq = ?').run(now, dossierSeq);
  }

  private queued(dossierSeq: number): number {
    return this.db
      .prepare<[number], { n: number }>("SELECT count(*) AS n FROM pages WHERE dossier_seq = ? AND state = 'queued'")
      .get(dossierSeq)!.n;
  }
}
