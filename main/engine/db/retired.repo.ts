import type { Db } from './database';
import { isEngineMessage, type EngineMessage } from '../domain/messages/message';
import { renderMessage } from '../domain/messages/render';
import type { RetiredDossier, RetiredUnmatched, RetiredVehicle } from '../domain/retired';

/** A record's current mark: its newest row (earlier rows are its history). */
export type RetiredMark = Pick<RetiredVehicle, 'reason' | 'listed_on'>;

/** A marked vehicle as stored: the Retired screen's row without its dossiers, with the record's seq. */
export type MarkedVehicle = Omit<RetiredVehicle, 'dossiers'> & { record_seq: number };

/** A scanned dossier of a marked vehicle, with its vehicle's record id. */
export type MarkedDossier = RetiredDossier & { record_id: string };

/** A list row kept unmatched as stored: what the screens show and when it arrived. */
export type UnmatchedListRow = RetiredUnmatched & { received_at: string };

/** The newest mark of each marked record. */
const CURRENT = 'SELECT record_seq, MAX(id) AS id FROM retired_marks GROUP BY record_seq';

/** All SQL about the department's list of vehicles past service life or out of circulation. */
export class RetiredRepo {
  constructor(private readonly db: Db) {}

  atomically<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  currentMark(recordSeq: number): RetiredMark | undefined {
    return this.db
      .prepare<[number], RetiredMark>('SELECT reason, listed_on FROM retired_marks WHERE record_seq = ? ORDER BY id DESC LIMIT 1')
      .get(recordSeq);
  }

  /** The current mark of the record with this id, if it is marked. */
  markOf(recordId: string): RetiredMark | undefined {
    return this.db
      .prepare<[string], RetiredMark>(
        'SELECT m.reason, m.listed_on FROM retired_marks m JOIN records r ON r.seq = m.record_seq WHERE r.record_id = ? ORDER BY m.id DESC LIMIT 1',
      )
      .get(recordId);
  }

  /** Every marked record's current mark, by record id, in one statement (an export's preview asks for 20,000 dossiers). */
  marksByRecord(): Map<string, RetiredMark> {
    const rows = this.db
      .prepare<[], RetiredMark & { record_id: string }>(
        'SELECT r.record_id, m.reason, m.listed_on FROM retired_marks m JOIN records r ON r.seq = m.record_seq ORDER BY m.id',
      )
      .all();
    // Rows come oldest first, so each record keeps its newest mark.
    return new Map(rows.map(({ record_id, ...mark }) => [record_id, mark]));
  }

  addMark(recordSeq: number, mark: RetiredMark, file: string, row: number, now: string): void {
    this.db
      .prepare('INSERT INTO retired_marks (record_seq, reason, listed_on, source_file, source_row, marked_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(recordSeq, mark.reason, mark.listed_on, file, row, now);
  }

  /** Keeps a list row that matched no record (the same file and row read again replaces it). */
  keepUnmatched(entry: Omit<UnmatchedListRow, 'received_at' | 'message'> & { text: EngineMessage }, now: string): void {
    this.db
      .prepare(
        `INSERT INTO retired_unmatched (source_file, source_row, record_id, chassis, plate, reason, listed_on, message, received_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (source_file, source_row) DO UPDATE SET record_id = excluded.record_id, chassis = excluded.chassis, plate = excluded.plate,
           reason = excluded.reason, listed_on = excluded.listed_on, message = excluded.message, received_at = excluded.received_at`,
      )
      // The coded message is kept (as JSON, in the column that held the English) so it can be shown in either language.
      .run(entry.file, entry.row, entry.record_id, entry.chassis, entry.plate, entry.reason, entry.listed_on, JSON.stringify(entry.text), now);
  }

  /** A row kept as unmatched that now matches (its record was imported since) leaves that list. */
  clearUnmatched(file: string, row: number): void {
    this.db.prepare('DELETE FROM retired_unmatched WHERE source_file = ? AND source_row = ?').run(file, row);
  }

  /** Whether any list row is kept unmatched (checked on every batch of records stored: one indexed lookup). */
  hasUnmatched(): boolean {
    return this.db.prepare<[], { one: number }>('SELECT 1 AS one FROM retired_unmatched LIMIT 1').get() !== undefined;
  }

  unmatched(offset = 0, limit = 1_000_000): UnmatchedListRow[] {
    return this.db
      .prepare<[number, number], UnmatchedListRow>(
        `SELECT source_file AS file, source_row AS row, record_id, chassis, plate, reason, listed_on, message, received_at
         FROM retired_unmatched ORDER BY source_file, source_row LIMIT ? OFFSET ?`,
      )
      .all(limit, offset)
      .map(withText);
  }

  /** Marked vehicles in record order, each with its current mark. */
  marked(offset = 0, limit = 1_000_000): MarkedVehicle[] {
    return this.db
      .prepare<[number, number], MarkedVehicle>(
        `SELECT r.seq AS record_seq, r.record_id, r.plate, r.chassis, r.owner_name, m.reason, m.listed_on, m.source_file, m.source_row, m.marked_at
         FROM (${CURRENT}) c JOIN retired_marks m ON m.id = c.id JOIN records r ON r.seq = c.record_seq
         ORDER BY r.record_id LIMIT ? OFFSET ?`,
      )
      .all(limit, offset);
  }

  /** The scanned dossiers (not failed) of marked vehicles, by record id. */
  markedDossiers(): MarkedDossier[] {
    return this.db
      .prepare<[], Omit<MarkedDossier, 'separated'> & { separated: number }>(
        `SELECT r.record_id, d.id, d.box, d.status,
           EXISTS (SELECT 1 FROM decisions x WHERE x.dossier_seq = d.seq AND x.field = 'record'
             AND x.kind = 'retired' AND x.undone_at IS NULL) AS separated
         FROM (${CURRENT}) c JOIN records r ON r.seq = c.record_seq JOIN dossiers d ON d.record_id = r.record_id
         WHERE d.status <> 'failed' ORDER BY r.record_id, d.seq`,
      )
      .all()
      .map((d) => ({ ...d, separated: d.separated === 1 }));
  }

  /** Dossiers whose flags may change when these records are marked: linked, read, and not exported. */
  dossierSeqsLinkedTo(recordIds: readonly string[]): number[] {
    const stmt = this.db.prepare<[string], { seq: number }>(
      "SELECT seq FROM dossiers WHERE record_id = ? AND status IN ('needs_review', 'resolved') ORDER BY seq",
    );
    return recordIds.flatMap((id) => stmt.all(id).map((r) => r.seq));
  }

  /** The dashboard's figures: vehicles listed (marked or not matched), found (a dossier scanned), dossiers separated. */
  counts(): { listed: number; marked: number; unmatched: number; found: number; dossiers: number; separated: number } {
    const row = this.db
      .prepare<[], { marked: number; unmatched: number; found: number }>(
        `SELECT (SELECT count(DISTINCT record_seq) FROM retired_marks) AS marked,
           (SELECT count(*) FROM retired_unmatched) AS unmatched,
           (SELECT count(*) FROM (${CURRENT}) c JOIN records r ON r.seq = c.record_seq
             WHERE EXISTS (SELECT 1 FROM dossiers d WHERE d.record_id = r.record_id AND d.status <> 'failed')) AS found`,
      )
      .get()!;
    const dossiers = this.markedDossiers();
    return { listed: row.marked + row.unmatched, ...row, dossiers: dossiers.length, separated: dossiers.filter((d) => d.separated).length };
  }
}

/** A kept row's message as stored: a coded message (JSON), or the English sentence of a row kept before codes. */
function withText(row: UnmatchedListRow): UnmatchedListRow {
  if (!row.message.startsWith('{')) return row;
  try {
    const text: unknown = JSON.parse(row.message);
    return isEngineMessage(text) ? { ...row, message: renderMessage(text, 'en'), text } : row;
  } catch {
    return row;
  }
}
