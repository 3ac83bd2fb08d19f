import type { RecordsRepo } from '../db/records.repo';
import type { FindResult } from '../engine.types';
import { RecordIndex } from '../lookup/record-index';
import type { NormalizedRecord } from './record';

/**
 * Finds records by plate, chassis, engine or citizen ID through the in-memory lookup index.
 * The index is built on first use (not at start-up, so opening a station stays instant) and then kept
 * current as imports commit.
 */
export class RecordFinder {
  private index: RecordIndex | null = null;

  constructor(private readonly repo: RecordsRepo) {}

  find(text: string, limit = 20): FindResult {
    const hits = this.ensureIndex().search(text, limit);
    const records = this.repo.getBySeqs(hits.map((h) => h.ref));
    const candidates = hits.flatMap((hit) => {
      const record = records.get(hit.ref);
      return record ? [{ record_id: record.record_id, score: round(hit.score), field: hit.field, why: hit.why, record }] : [];
    });
    return { query: text, candidates };
  }

  /** Keeps a built index current; an index not built yet will read the new rows when it is. */
  onStored(rows: readonly { seq: number; record: NormalizedRecord }[]): void {
    if (!this.index) return;
    for (const { seq, record } of rows) this.index.add(seq, record);
  }

  private ensureIndex(): RecordIndex {
    if (!this.index) {
      const rows = this.repo.iterateKeys();
      this.index = RecordIndex.build(
        (function* () {
          for (const keys of rows) yield { ref: keys.seq, ...keys };
        })(),
        { expectedRecords: this.repo.count() },
      );
    }
    return this.index;
  }
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
