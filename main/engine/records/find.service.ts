import { setImmediate as nextTurn } from 'node:timers/promises';
import type { RecordsRepo } from '../db/records.repo';
import type { FindResult } from './find-result';
import { RecordIndex } from '../lookup/record-index';
import type { NormalizedRecord } from './record';

const CHUNK = 20_000;

/**
 * Finds records by plate, chassis, engine or citizen ID through the in-memory lookup index.
 * The index is filled from the database in chunks: in the background after the station opens (`warmUp`, so the
 * first search in the app is instant and the engine stays responsive meanwhile), or at once on first use.
 * Imports keep it current; rows committed while it is still filling are read by the fill itself.
 */
export class RecordFinder {
  private readonly index: RecordIndex;
  private filledUpTo = 0;
  private filled = false;

  constructor(private readonly repo: RecordsRepo) {
    this.index = new RecordIndex({ expectedRecords: repo.count() });
  }

  /** `fuzzy: false`: the exact key only (see RecordIndex.search). */
  find(text: string, limit = 20, fuzzy = true): FindResult {
    this.fillAll();
    const hits = this.index.search(text, limit, fuzzy);
    const records = this.repo.getBySeqs(hits.map((h) => h.ref));
    const candidates = hits.flatMap((hit) => {
      const record = records.get(hit.ref);
      return record ? [{ record_id: record.record_id, score: round(hit.score), field: hit.field, why: hit.why, reason: hit.reason, record }] : [];
    });
    return { query: text, candidates };
  }

  /** Fills the index a chunk per event-loop turn, so calls keep being answered while it builds. */
  async warmUp(): Promise<void> {
    while (!this.filled) {
      this.fillChunk();
      await nextTurn();
    }
  }

  /** Keeps the index current for rows the fill has already passed; later rows the fill reads itself. */
  onStored(rows: readonly { seq: number; record: NormalizedRecord }[]): void {
    for (const { seq, record } of rows) if (seq <= this.filledUpTo) this.index.add(seq, record);
  }

  private fillAll(): void {
    while (!this.filled) this.fillChunk();
  }

  private fillChunk(): void {
    const rows = this.repo.keysAfter(this.filledUpTo, CHUNK);
    for (const keys of rows) this.index.add(keys.seq, keys);
    if (rows.length > 0) this.filledUpTo = rows[rows.length - 1]!.seq;
    // Once filled, new rows arrive through onStored: mark every seq as passed.
    if (rows.length < CHUNK) {
      this.filled = true;
      this.filledUpTo = Number.MAX_SAFE_INTEGER;
    }
  }
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
