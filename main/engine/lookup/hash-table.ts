/**
 * A multimap from 32-bit hashes to non-negative int32 values, on typed arrays.
 *
 * Why not a JS Map: a station index holds ~4 million keys, and a Map of that many entries costs several
 * hundred MB and GC pauses; two typed arrays cost 8 bytes per slot. Linear probing keeps each probe to about
 * one cache line, which matters because a one-edit search probes ~1,000 hashes per query. Several values may
 * share a hash (equal keys of different records, or true collisions): callers verify every value they get.
 * Deletion shifts the following cluster back instead of leaving tombstones, so updates never degrade probes.
 */

const MAX_LOAD = 0.6;

export class HashMultimap {
  private hashes: Int32Array;
  /** value + 1, so that the zero-filled array means "empty". */
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expectedEntries = 1024) {
    const capacity = capacityFor(expectedEntries);
    this.hashes = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Bytes held by the table's arrays. */
  get byteLength(): number {
    return this.hashes.byteLength + this.values.byteLength;
  }

  /** Ensures room for `entries` entries in total without growing again. */
  reserve(entries: number): void {
    const capacity = capacityFor(entries);
    if (capacity > this.hashes.length) this.rehash(capacity);
  }

  insert(hash: number, value: number): void {
    if (this.count + 1 > this.hashes.length * MAX_LOAD) this.rehash(this.hashes.length * 2);
    this.place(hash | 0, value + 1);
    this.count++;
  }

  /** Removes one (hash, value) pair; returns false when it was not present. */
  remove(hash: number, value: number): boolean {
    const { hashes, values, mask } = this;
    const stored = value + 1;
    let i = hash & mask;
    for (;;) {
      const v = values[i];
      if (v === 0) return false;
      if (v === stored && hashes[i] === (hash | 0)) break;
      i = (i + 1) & mask;
    }
    // Backward-shift deletion: move later entries of the cluster into the hole when their home allows it.
    let hole = i;
    let j = (i + 1) & mask;
    while (values[j] !== 0) {
      const home = hashes[j] & mask;
      const distHole = (hole - home) & mask;
      const distJ = (j - home) & mask;
      if (distHole <= distJ) {
        hashes[hole] = hashes[j];
        values[hole] = values[j];
        hole = j;
      }
      j = (j + 1) & mask;
    }
    values[hole] = 0;
    hashes[hole] = 0;
    this.count--;
    return true;
  }

  /**
   * Inserts many pairs at once, in table order: sorting them by home position first turns millions of
   * cache-missing random writes into a sweep through the table (about twice as fast for a station build).
   */
  insertMany(hashes: Int32Array, values: Int32Array, n: number): void {
    this.reserve(this.count + n);
    if (n < 4096) {
      // Too few to be worth sorting.
      for (let i = 0; i < n; i++) this.place(hashes[i], values[i] + 1);
      this.count += n;
      return;
    }
    const { mask } = this;
    const tableBits = 31 - Math.clz32(mask + 1);
    const bucketBits = Math.min(12, tableBits);
    const shift = tableBits - bucketBits;
    const starts = new Int32Array((1 << bucketBits) + 1);
    for (let i = 0; i < n; i++) starts[((hashes[i] & mask) >>> shift) + 1]++;
    for (let b = 1; b < starts.length; b++) starts[b] += starts[b - 1];
    const sortedHashes = new Int32Array(n);
    const sortedValues = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const at = starts[(hashes[i] & mask) >>> shift]++;
      sortedHashes[at] = hashes[i];
      sortedValues[at] = values[i];
    }
    for (let i = 0; i < n; i++) this.place(sortedHashes[i], sortedValues[i] + 1);
    this.count += n;
  }

  /**
   * Callback-free iteration for hot paths:
   * `for (let p = t.first(h); p >= 0; p = t.next(h, p)) use(t.valueAt(p))`.
   */
  first(hash: number): number {
    return this.scan(hash | 0, hash & this.mask);
  }

  next(hash: number, position: number): number {
    return this.scan(hash | 0, (position + 1) & this.mask);
  }

  valueAt(position: number): number {
    return this.values[position] - 1;
  }

  private scan(hash: number, from: number): number {
    const { hashes, values, mask } = this;
    let i = from;
    for (;;) {
      const v = values[i];
      if (v === 0) return -1;
      if (hashes[i] === hash) return i;
      i = (i + 1) & mask;
    }
  }

  private place(hash: number, stored: number): void {
    const { hashes, values, mask } = this;
    let i = hash & mask;
    while (values[i] !== 0) i = (i + 1) & mask;
    hashes[i] = hash;
    values[i] = stored;
  }

  private rehash(capacity: number): void {
    const oldHashes = this.hashes;
    const oldValues = this.values;
    this.hashes = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < oldValues.length; i++) {
      if (oldValues[i] !== 0) this.place(oldHashes[i], oldValues[i]);
    }
  }
}

function capacityFor(entries: number): number {
  let capacity = 16;
  while (capacity * MAX_LOAD < entries) capacity *= 2;
  return capacity;
}

/** Murmur3's finaliser: spreads the polynomial hash so that `hash & mask` is a good table position. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
