/**
 * Record ref → slot, for the index's updates and removals.
 *
 * Refs are the records table's integer row ids, so in practice they are dense (1…N): then a plain array
 * indexed by ref costs 4 bytes per record and no hashing. If refs turn out sparse, negative or huge, the map
 * switches once, for good, to open addressing over slots (verified through `refOf`, so only the slot number
 * is stored).
 */

import { mix32 } from './hash-table';

const MAX_LOAD = 0.6;

export class RefSlots {
  /** slot + 1 per ref; 0 = absent. Null once in hashed mode. */
  private direct: Int32Array | null = new Int32Array(1024);
  /** slot + 1 per table position; 0 = empty. */
  private hashed: Int32Array | null = null;
  private count = 0;

  constructor(
    private readonly refOf: (slot: number) => number,
    private readonly expectedRecords = 0,
  ) {}

  get byteLength(): number {
    return (this.direct ?? this.hashed ?? new Int32Array(0)).byteLength;
  }

  /** The slot of `ref`, or -1. */
  get(ref: number): number {
    const direct = this.direct;
    if (direct !== null) return ref >= 0 && ref < direct.length ? direct[ref] - 1 : -1;
    const table = this.hashed as Int32Array;
    const mask = table.length - 1;
    for (let i = refHash(ref) & mask; table[i] !== 0; i = (i + 1) & mask) {
      if (this.refOf(table[i] - 1) === ref) return table[i] - 1;
    }
    return -1;
  }

  /** Records `ref` → `slot`; `ref` must not be present (callers check with `get`). */
  set(ref: number, slot: number): void {
    this.count++;
    if (this.direct !== null) {
      if (Number.isInteger(ref) && ref >= 0 && ref < 4 * Math.max(1 << 14, this.count, this.expectedRecords)) {
        if (ref >= this.direct.length) this.growDirect(ref + 1);
        this.direct[ref] = slot + 1;
        return;
      }
      this.switchToHashed();
    }
    if (this.count > (this.hashed as Int32Array).length * MAX_LOAD) this.rehash((this.hashed as Int32Array).length * 2);
    this.place(ref, slot);
  }

  delete(ref: number): void {
    if (this.get(ref) < 0) return;
    this.count--;
    if (this.direct !== null) {
      this.direct[ref] = 0;
      return;
    }
    const table = this.hashed as Int32Array;
    const mask = table.length - 1;
    let i = refHash(ref) & mask;
    while (this.refOf(table[i] - 1) !== ref) i = (i + 1) & mask;
    // Backward-shift deletion, as in HashMultimap.
    let hole = i;
    for (let j = (i + 1) & mask; table[j] !== 0; j = (j + 1) & mask) {
      const home = refHash(this.refOf(table[j] - 1)) & mask;
      if (((hole - home) & mask) <= ((j - home) & mask)) {
        table[hole] = table[j];
        hole = j;
      }
    }
    table[hole] = 0;
  }

  private growDirect(minLength: number): void {
    let length = (this.direct as Int32Array).length;
    while (length < minLength) length *= 2;
    const grown = new Int32Array(length);
    grown.set(this.direct as Int32Array);
    this.direct = grown;
  }

  private switchToHashed(): void {
    const direct = this.direct as Int32Array;
    this.direct = null;
    this.hashed = new Int32Array(capacityFor(this.count));
    for (let ref = 0; ref < direct.length; ref++) if (direct[ref] !== 0) this.place(ref, direct[ref] - 1);
  }

  private rehash(capacity: number): void {
    const old = this.hashed as Int32Array;
    this.hashed = new Int32Array(capacity);
    for (const stored of old) if (stored !== 0) this.place(this.refOf(stored - 1), stored - 1);
  }

  private place(ref: number, slot: number): void {
    const table = this.hashed as Int32Array;
    const mask = table.length - 1;
    let i = refHash(ref) & mask;
    while (table[i] !== 0) i = (i + 1) & mask;
    table[i] = slot + 1;
  }
}

function capacityFor(entries: number): number {
  let capacity = 16;
  while (capacity * MAX_LOAD < entries) capacity *= 2;
  return capacity;
}

function refHash(ref: number): number {
  return mix32((ref >>> 0) ^ Math.imul(Math.floor(ref / 4294967296) | 0, 0x9e3779b1));
}
