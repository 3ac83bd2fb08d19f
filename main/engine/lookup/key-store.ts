/**
 * The search keys of every indexed record, packed for a million records.
 *
 * Each record gets a dense slot. Its four keys (upper-case ASCII after `searchKey`) sit back to back in one
 * byte arena; per slot we keep one offset and four one-byte lengths. That is ~8 bytes of bookkeeping plus the
 * key bytes per record, where four JS strings and a Map entry would cost well over 150 bytes. Keys that do
 * not fit a byte per character (rare: non-Latin text left after diacritic stripping) or are absurdly long
 * live in a small side map.
 */

import { RefSlots } from './ref-slots';

export const KEY_FIELDS = ['plate', 'chassis', 'engine', 'owner_id'] as const;
export type KeyField = (typeof KEY_FIELDS)[number];
export const FIELD_COUNT = KEY_FIELDS.length;

/** Length marker for keys kept in the side map. */
const WIDE = 255;
const FREE = Number.NaN;

export class KeyStore {
  private arena: Uint8Array;
  private arenaUsed = 0;
  private garbage = 0;
  private offsets: Uint32Array;
  private lengths: Uint8Array;
  private slotRefs: Float64Array;
  private readonly wide = new Map<number, string>();
  private readonly freeSlots: number[] = [];
  private slotHigh = 0;
  private live = 0;
  private readonly refSlots: RefSlots;

  constructor(expectedRecords: number) {
    const slots = Math.max(16, expectedRecords);
    this.arena = new Uint8Array(Math.max(1024, slots * 52));
    this.offsets = new Uint32Array(slots);
    this.lengths = new Uint8Array(slots * FIELD_COUNT);
    this.slotRefs = new Float64Array(slots).fill(FREE);
    this.refSlots = new RefSlots((slot) => this.slotRefs[slot], expectedRecords);
  }

  get size(): number {
    return this.live;
  }

  get byteLength(): number {
    return (
      this.arena.byteLength +
      this.offsets.byteLength +
      this.lengths.byteLength +
      this.slotRefs.byteLength +
      this.refSlots.byteLength
    );
  }

  refOf(slot: number): number {
    return this.slotRefs[slot];
  }

  slotOf(ref: number): number {
    return this.refSlots.get(ref);
  }

  allocate(ref: number): number {
    let slot = this.freeSlots.pop();
    if (slot === undefined) {
      if (this.slotHigh === this.offsets.length) this.growSlots(this.slotHigh * 2);
      slot = this.slotHigh++;
    }
    this.slotRefs[slot] = ref;
    this.refSlots.set(ref, slot);
    this.live++;
    return slot;
  }

  release(slot: number): void {
    this.writeKeys(slot, EMPTY_CODES, EMPTY_LENGTHS, EMPTY_LENGTHS);
    this.refSlots.delete(this.slotRefs[slot]);
    this.slotRefs[slot] = FREE;
    this.freeSlots.push(slot);
    this.live--;
  }

  /** The stored search key of one field of a slot, or null when the record has none. */
  key(slot: number, field: number): string | null {
    const len = this.lengths[slot * FIELD_COUNT + field];
    if (len === 0) return null;
    if (len === WIDE) return this.wide.get(slot * FIELD_COUNT + field) ?? null;
    let at = this.offsets[slot];
    for (let f = 0; f < field; f++) {
      const l = this.lengths[slot * FIELD_COUNT + f];
      if (l !== WIDE) at += l;
    }
    let s = '';
    for (let i = 0; i < len; i++) s += String.fromCharCode(this.arena[at + i]);
    return s;
  }

  /**
   * Replaces a slot's keys. `codes[f]` holds field f's key as char codes, `lengths[f]` its length (0 = absent),
   * `wide[f]` is 1 when the key cannot be stored a byte per character (the caller knows this while
   * scanning the key, so it is not rechecked here). Same-size or smaller keys are rewritten in place,
   * which is the common case for record updates.
   */
  writeKeys(slot: number, codes: readonly Uint16Array[], lengths: ArrayLike<number>, wide: ArrayLike<number>): void {
    const base = slot * FIELD_COUNT;
    const stored = this.lengths;
    let oldBytes = 0;
    let newBytes = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const l = stored[base + f];
      if (l === WIDE) this.wide.delete(base + f);
      else oldBytes += l;
      if (wide[f] === 0) newBytes += lengths[f];
    }
    let at = this.offsets[slot];
    if (newBytes > oldBytes) {
      this.garbage += oldBytes;
      at = this.reserveArena(newBytes);
    } else {
      this.garbage += oldBytes - newBytes;
    }
    this.offsets[slot] = at;
    const arena = this.arena;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const n = lengths[f];
      const c = codes[f];
      if (n === 0) {
        stored[base + f] = 0;
      } else if (wide[f] === 0) {
        stored[base + f] = n;
        for (let i = 0; i < n; i++) arena[at + i] = c[i];
        at += n;
      } else {
        stored[base + f] = WIDE;
        this.wide.set(base + f, String.fromCharCode(...c.subarray(0, n)));
      }
    }
    if (this.garbage > 1 << 20 && this.garbage * 2 > this.arenaUsed) this.compact();
  }

  /** Whether a key of these codes must go to the side map. */
  static isWide(codes: Uint16Array, length: number): boolean {
    if (length >= WIDE) return true;
    for (let i = 0; i < length; i++) if (codes[i] > 0xff) return true;
    return false;
  }

  private reserveArena(bytes: number): number {
    if (this.arenaUsed + bytes > this.arena.length) {
      const grown = new Uint8Array(Math.max(this.arena.length * 1.5, this.arenaUsed + bytes) | 0);
      grown.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = grown;
    }
    const at = this.arenaUsed;
    this.arenaUsed += bytes;
    return at;
  }

  private compact(): void {
    const liveBytes = this.arenaUsed - this.garbage;
    const next = new Uint8Array(Math.max(1024, Math.ceil(liveBytes * 1.25)));
    let used = 0;
    for (let slot = 0; slot < this.slotHigh; slot++) {
      if (Number.isNaN(this.slotRefs[slot])) continue;
      let bytes = 0;
      for (let f = 0; f < FIELD_COUNT; f++) {
        const l = this.lengths[slot * FIELD_COUNT + f];
        if (l !== WIDE) bytes += l;
      }
      next.set(this.arena.subarray(this.offsets[slot], this.offsets[slot] + bytes), used);
      this.offsets[slot] = used;
      used += bytes;
    }
    this.arena = next;
    this.arenaUsed = used;
    this.garbage = 0;
  }

  private growSlots(slots: number): void {
    const offsets = new Uint32Array(slots);
    offsets.set(this.offsets);
    this.offsets = offsets;
    const lengths = new Uint8Array(slots * FIELD_COUNT);
    lengths.set(this.lengths);
    this.lengths = lengths;
    const refs = new Float64Array(slots).fill(FREE);
    refs.set(this.slotRefs);
    this.slotRefs = refs;
  }
}

const EMPTY_CODES: readonly Uint16Array[] = KEY_FIELDS.map(() => new Uint16Array(0));
const EMPTY_LENGTHS: readonly number[] = KEY_FIELDS.map(() => 0);
