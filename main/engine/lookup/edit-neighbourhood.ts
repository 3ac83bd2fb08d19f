/**
 * Hashes of a key's one-edit neighbourhood, without building the neighbour strings.
 *
 * Why: a 17-character VIN has about a thousand neighbours (substitutions, insertions, deletions, adjacent
 * transpositions over the folded alphabet). Building each as a string would dominate search time; with a
 * polynomial hash, each neighbour's hash is a few multiplications from precomputed prefix hashes and powers.
 * Arithmetic is modulo 2^32 (Math.imul), and `finishHash` mixes in the length and spreads the bits.
 */

import { mix32 } from './hash-table';

/** Base of the polynomial hash; exported so the indexer can fold and hash a key in one pass. */
export const HASH_BASE = 0x01000193;
const BASE = HASH_BASE;
// A module-level copy avoids CommonJS's getter on every imported call (a search hashes ~1,000 neighbours).
const mix = mix32;

/** Final table hash of a polynomial hash over `length` codes; `keepMask` narrower than 32 bits only in collision tests. */
export function finishHash(poly: number, length: number, keepMask: number): number {
  return mix(poly ^ Math.imul(length, 0x9e3779b1)) & keepMask;
}

/** Polynomial hash of `codes[0..length)`. */
export function polyHash(codes: ArrayLike<number>, length: number): number {
  let h = 0;
  for (let i = 0; i < length; i++) h = (Math.imul(h, BASE) + codes[i]) | 0;
  return h;
}

/** Reusable buffers so a search allocates nothing per neighbour. */
export class NeighbourhoodHasher {
  private pow = new Int32Array(64);
  private prefix = new Int32Array(64);
  private suffix = new Int32Array(64);

  /**
   * Calls `visit(hash)` once per distinct one-edit neighbour of `codes[0..n)` (folded codes) over `alphabet`.
   * Neighbours that are the same string by construction (e.g. deleting either of two equal adjacent
   * characters) are skipped so that each is probed once.
   */
  forEach(
    codes: Uint16Array,
    n: number,
    alphabet: Uint16Array,
    keepMask: number,
    visit: (hash: number) => void,
  ): void {
    this.ensure(n + 2);
    const { pow, prefix, suffix } = this;
    pow[0] = 1;
    for (let i = 1; i <= n + 1; i++) pow[i] = Math.imul(pow[i - 1], BASE);
    prefix[0] = 0;
    for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i], BASE) + codes[i]) | 0;
    suffix[n] = 0;
    for (let i = n - 1; i >= 0; i--) suffix[i] = (suffix[i + 1] + Math.imul(codes[i], pow[n - 1 - i])) | 0;
    const whole = prefix[n];

    // Substitutions: same length, one position changed.
    for (let i = 0; i < n; i++) {
      const c = codes[i];
      const w = pow[n - 1 - i];
      for (let a = 0; a < alphabet.length; a++) {
        const x = alphabet[a];
        if (x === c) continue;
        visit(finishHash((whole + Math.imul(x - c, w)) | 0, n, keepMask));
      }
    }
    // Deletions: length n - 1; deleting i or i+1 of a run of equal characters gives the same string.
    for (let i = 0; i < n; i++) {
      if (i > 0 && codes[i] === codes[i - 1]) continue;
      visit(finishHash((Math.imul(prefix[i], pow[n - 1 - i]) + suffix[i + 1]) | 0, n - 1, keepMask));
    }
    // Insertions: length n + 1; inserting x right after an x equals inserting it right before.
    for (let i = 0; i <= n; i++) {
      const head = Math.imul(prefix[i], pow[n - i + 1]);
      for (let a = 0; a < alphabet.length; a++) {
        const x = alphabet[a];
        if (i > 0 && codes[i - 1] === x) continue;
        visit(finishHash((head + Math.imul(x, pow[n - i]) + suffix[i]) | 0, n + 1, keepMask));
      }
    }
    // Adjacent transpositions of different characters.
    for (let i = 0; i + 1 < n; i++) {
      const a = codes[i];
      const b = codes[i + 1];
      if (a === b) continue;
      const h = (whole + Math.imul(b - a, pow[n - 1 - i]) + Math.imul(a - b, pow[n - 2 - i])) | 0;
      visit(finishHash(h, n, keepMask));
    }
  }

  private ensure(size: number): void {
    if (this.pow.length >= size) return;
    let cap = this.pow.length;
    while (cap < size) cap *= 2;
    this.pow = new Int32Array(cap);
    this.prefix = new Int32Array(cap + 1);
    this.suffix = new Int32Array(cap + 1);
  }
}
