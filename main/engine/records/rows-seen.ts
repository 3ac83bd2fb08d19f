import type { RowsSeen } from '../db/records.repo';

/** The file rows one import has written, indexed by record seq in a growing Int32Array (0 = not seen). */
export class SeqRowMarks implements RowsSeen {
  private rows = new Int32Array(1024);

  rowOf(seq: number): number | undefined {
    const row = seq < this.rows.length ? this.rows[seq]! : 0;
    return row === 0 ? undefined : row;
  }

  mark(seq: number, row: number): void {
    if (seq >= this.rows.length) {
      let size = this.rows.length;
      while (size <= seq) size *= 2;
      const grown = new Int32Array(size);
      grown.set(this.rows);
      this.rows = grown;
    }
    // Row numbers start at 1 (JSON) or 2 (spreadsheets), so 0 can mean "not seen".
    this.rows[seq] = Math.max(row, 1);
  }
}
