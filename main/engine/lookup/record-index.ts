/**
 * In-memory lookup of station records by plate, chassis, engine or citizen ID.
 *
 * The caller (the records service) feeds rows by integer ref and maps hits back to records; the index holds
 * only search keys. A search finds keys equal to the text, equal up to OCR confusions, and one edit away
 * (substitution, insertion, deletion, adjacent swap) after folding confusions — which also covers
 * "confusion + slip". Every hash hit is verified against the stored key, so hash collisions can cost time
 * but never produce a false candidate.
 */

import { HASH_BASE, NeighbourhoodHasher, finishHash, polyHash } from './edit-neighbourhood';
import { explainMatch, type HitKind } from './explain';
import type { MatchReason } from './reason';
import { asciiSearchKeyCodes, confusionFold, FOLD_TABLE, searchKey } from './fold';
import { HashMultimap } from './hash-table';
import { FIELD_COUNT as IMPORTED_FIELD_COUNT, KEY_FIELDS, KeyStore, type KeyField } from './key-store';

export type { HitKind } from './explain';
export type { KeyField } from './key-store';

/** The values of one record that can be searched; absent or empty values are not indexed. */
export interface RecordKeys {
  plate?: string | null;
  chassis?: string | null;
  engine?: string | null;
  owner_id?: string | null;
}

export interface IndexHit {
  ref: number;
  field: KeyField;
  score: number;
  kind: HitKind;
  why: string;
  reason: MatchReason;
}

export interface RecordIndexOptions {
  /** Number of records expected, to size arrays once instead of growing. */
  expectedRecords?: number;
  /** Keep only this many low hash bits. Tests use a tiny value to force collisions; leave unset otherwise. */
  hashBits?: number;
}

/** Queries shorter than this only match exactly: one edit away from 3 characters is almost anything. */
export const MIN_FUZZY_LENGTH = 4;

// When two records tie, the field that identifies a vehicle wins: plates move between vehicles and one
// citizen owns many vehicles, so a chassis or engine hit is the more specific evidence.
const FIELD_PRIORITY: Record<KeyField, number> = { chassis: 0, engine: 1, plate: 2, owner_id: 3 };
const MAX_KEY = 250;
// Module-level copies: in CommonJS builds every use of an imported binding goes through a getter,
// which is measurable when indexing four million keys.
const foldTable = FOLD_TABLE;
const keyOfAscii = asciiSearchKeyCodes;
const finish = finishHash;
const BASE: number = HASH_BASE;
const FIELD_COUNT: number = IMPORTED_FIELD_COUNT;

export class RecordIndex {
  private readonly store: KeyStore;
  private readonly table: HashMultimap;
  private readonly keepMask: number;
  private readonly hasher = new NeighbourhoodHasher();
  private readonly scratch: Uint16Array[] = KEY_FIELDS.map(() => new Uint16Array(MAX_KEY));
  private readonly scratchLengths = new Int32Array(FIELD_COUNT);
  /** 1 where the scratch key needs more than a byte per character (see KeyStore.writeKeys). */
  private readonly scratchWide = new Uint8Array(FIELD_COUNT);
  /** Folded characters present in any stored key: the alphabet for substitutions and insertions. */
  private readonly seenCodes = new Uint8Array(256);
  private alphabet: Uint16Array | null = null;
  /**
   * Hash entries of added keys not yet in the table. They are inserted in one sorted sweep before the
   * table is next read: loading a million records then costs one pass instead of four million random writes.
   */
  private readonly pending = new PendingEntries();

  constructor(options: RecordIndexOptions = {}) {
    const expected = options.expectedRecords ?? 1024;
    this.store = new KeyStore(expected);
    this.table = new HashMultimap(expected * FIELD_COUNT);
    const bits = options.hashBits ?? 32;
    this.keepMask = bits >= 32 ? -1 : (1 << bits) - 1;
  }

  /** Indexes many records at once, with arrays sized up front (the size is taken from an array's length). */
  static build(
    records: Iterable<{ ref: number } & RecordKeys>,
    options: RecordIndexOptions = {},
  ): RecordIndex {
    const expectedRecords = options.expectedRecords ?? (Array.isArray(records) ? records.length : undefined);
    const index = new RecordIndex({ ...options, expectedRecords });
    for (const r of records) index.add(r.ref, r);
    index.flushPending();
    return index;
  }

  /** Number of records indexed. */
  get size(): number {
    return this.store.size;
  }

  /** Bytes held in typed arrays (the bulk of the index's memory). */
  get byteLength(): number {
    return this.store.byteLength + this.table.byteLength + this.pending.byteLength;
  }

  /** Indexes a record's keys, replacing whatever was indexed for the same ref before. */
  add(ref: number, keys: RecordKeys): void {
    if (!Number.isSafeInteger(ref)) throw new TypeError(`Record ref must be an integer, got ${ref}`);
    let slot = this.store.slotOf(ref);
    if (slot >= 0) {
      this.flushPending(); // the old entries must be in the table to be removed
      this.unindexSlot(slot);
    } else {
      slot = this.store.allocate(ref);
    }
    // Named reads, in KEY_FIELDS order: a dynamic keys[name] lookup is a measurable cost over 4M keys.
    const { scratch, scratchLengths } = this;
    scratchLengths[0] = this.keyCodes(keys.plate, 0);
    scratchLengths[1] = this.keyCodes(keys.chassis, 1);
    scratchLengths[2] = this.keyCodes(keys.engine, 2);
    scratchLengths[3] = this.keyCodes(keys.owner_id, 3);
    this.store.writeKeys(slot, scratch, scratchLengths, this.scratchWide);
    for (let f = 0; f < FIELD_COUNT; f++) {
      const n = this.scratchLengths[f];
      if (n === 0) continue;
      const codes = this.scratch[f];
      let poly = 0; // polyHash of the folded key, computed while folding
      for (let i = 0; i < n; i++) {
        const raw = codes[i];
        const c = raw < 128 ? foldTable[raw] : raw;
        poly = (Math.imul(poly, BASE) + c) | 0;
        if (c < 256 && this.seenCodes[c] === 0) {
          this.seenCodes[c] = 1;
          this.alphabet = null;
        }
      }
      const hash = finish(poly, n, this.keepMask);
      this.pending.push(hash, slot * FIELD_COUNT + f);
    }
  }

  /** Forgets a record; returns false when it was not indexed. */
  remove(ref: number): boolean {
    const slot = this.store.slotOf(ref);
    if (slot < 0) return false;
    this.flushPending();
    this.unindexSlot(slot);
    this.store.release(slot);
    return true;
  }

  /** The search keys stored for a record (for diagnostics and tests), or null when it is not indexed. */
  keysOf(ref: number): Record<KeyField, string | null> | null {
    const slot = this.store.slotOf(ref);
    if (slot < 0) return null;
    const out = {} as Record<KeyField, string | null>;
    KEY_FIELDS.forEach((field, f) => (out[field] = this.store.key(slot, f)));
    return out;
  }

  /**
   * Candidates for a plate, chassis, engine or citizen ID as typed or read by OCR; best first, one per record.
   * `fuzzy: false` looks for the exact key only (a bulk caller's fast first try before the full search).
   */
  search(text: string, limit = 20, fuzzy = true): IndexHit[] {
    const q = searchKey(text);
    const n = q.length;
    if (n === 0 || n > MAX_KEY || limit <= 0) return [];
    this.flushPending();
    const fq = confusionFold(q);
    const codes = new Uint16Array(n);
    for (let i = 0; i < n; i++) codes[i] = fq.charCodeAt(i);

    const best = new Map<number, IndexHit>();
    const seen = new Set<number>();
    const consider = (entry: number): void => {
      if (seen.has(entry)) return;
      seen.add(entry);
      const slot = Math.floor(entry / FIELD_COUNT);
      const f = entry - slot * FIELD_COUNT;
      const key = this.store.key(slot, f);
      if (key === null) return;
      const field = KEY_FIELDS[f];
      const ex = explainMatch(field, q, key);
      if (ex === null) return; // a hash collision, not a match
      if (ex.kind !== 'exact' && n < MIN_FUZZY_LENGTH) return;
      const ref = this.store.refOf(slot);
      const hit: IndexHit = { ref, field, score: ex.score, kind: ex.kind, why: ex.why, reason: ex.reason };
      const prev = best.get(ref);
      if (prev === undefined || compareHits(hit, prev) < 0) best.set(ref, hit);
    };

    const table = this.table;
    const probe = (hash: number): void => {
      for (let p = table.first(hash); p >= 0; p = table.next(hash, p)) consider(table.valueAt(p));
    };
    probe(finishHash(polyHash(codes, n), n, this.keepMask));
    if (fuzzy && n >= MIN_FUZZY_LENGTH) this.hasher.forEach(codes, n, this.currentAlphabet(), this.keepMask, probe);
    return [...best.values()].sort(compareHits).slice(0, limit);
  }

  private flushPending(): void {
    if (this.pending.length === 0) return;
    this.table.insertMany(this.pending.hashes, this.pending.values, this.pending.length);
    this.pending.clear();
  }

  private unindexSlot(slot: number): void {
    for (let f = 0; f < FIELD_COUNT; f++) {
      const key = this.store.key(slot, f);
      if (key === null) continue;
      const folded = confusionFold(key);
      const codes = this.scratch[f];
      for (let i = 0; i < folded.length; i++) codes[i] = folded.charCodeAt(i);
      this.table.remove(finishHash(polyHash(codes, folded.length), folded.length, this.keepMask), slot * FIELD_COUNT + f);
    }
  }

  /** Writes a value's search key into field f's scratch; returns its length, 0 when absent, empty or unusably long. */
  private keyCodes(value: string | null | undefined, f: number): number {
    const out = this.scratch[f];
    this.scratchWide[f] = 0;
    if (value === null || value === undefined || value === '') return 0;
    const fast = keyOfAscii(value, out);
    if (fast >= 0) return fast;
    const key = searchKey(value);
    if (key.length > MAX_KEY) return 0;
    for (let i = 0; i < key.length; i++) out[i] = key.charCodeAt(i);
    this.scratchWide[f] = KeyStore.isWide(out, key.length) ? 1 : 0;
    return key.length;
  }

  private currentAlphabet(): Uint16Array {
    if (this.alphabet === null) {
      const codes: number[] = [];
      for (let c = 0; c < 256; c++) if (this.seenCodes[c] === 1) codes.push(c);
      this.alphabet = Uint16Array.from(codes);
    }
    return this.alphabet;
  }
}

/** A growable list of (hash, entry) pairs, shrunk back after a big load so it does not hold memory. */
class PendingEntries {
  private static readonly SMALL = 1024;
  hashes = new Int32Array(PendingEntries.SMALL);
  values = new Int32Array(PendingEntries.SMALL);
  length = 0;

  get byteLength(): number {
    return this.hashes.byteLength + this.values.byteLength;
  }

  push(hash: number, value: number): void {
    if (this.length === this.hashes.length) {
      const hashes = new Int32Array(this.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const values = new Int32Array(this.length * 2);
      values.set(this.values);
      this.values = values;
    }
    this.hashes[this.length] = hash;
    this.values[this.length++] = value;
  }

  clear(): void {
    this.length = 0;
    if (this.hashes.length > PendingEntries.SMALL) {
      this.hashes = new Int32Array(PendingEntries.SMALL);
      this.values = new Int32Array(PendingEntries.SMALL);
    }
  }
}

/** Best first: score, then kind, then the more specific field, then ref for a stable order. */
function compareHits(a: IndexHit, b: IndexHit): number {
  if (a.score !== b.score) return b.score - a.score;
  const k = KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (k !== 0) return k;
  const f = FIELD_PRIORITY[a.field] - FIELD_PRIORITY[b.field];
  return f !== 0 ? f : a.ref - b.ref;
}

const KIND_RANK: Record<HitKind, number> = { exact: 0, confusion: 1, edit: 2, 'confusion+edit': 3 };
