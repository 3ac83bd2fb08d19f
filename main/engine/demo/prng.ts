/**
 * Deterministic randomness for synthetic station data: the same seed must give the same demo station,
 * test fixtures and benchmark inputs on every machine, so nothing here touches Math.random.
 */

/** A function returning uniformly distributed numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for synthetic data (not for anything secret). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [lo, hi]. */
export function intBetween(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

/** Cumulative weights per table, computed once: weighted picks run millions of times per generated station. */
const cumulativeCache = new WeakMap<object, Float64Array>();

/** Picks from `[item, weight]` pairs; weights need not sum to 1. Tables are assumed immutable. */
export function pickWeighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  let cumulative = cumulativeCache.get(items);
  if (cumulative === undefined) {
    cumulative = new Float64Array(items.length);
    let total = 0;
    for (let i = 0; i < items.length; i++) cumulative[i] = total += items[i][1];
    cumulativeCache.set(items, cumulative);
  }
  const r = rng() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] > r) hi = mid;
    else lo = mid + 1;
  }
  return items[lo][0];
}

export function digits(rng: Rng, count: number): string {
  let s = '';
  for (let i = 0; i < count; i++) s += String.fromCharCode(48 + Math.floor(rng() * 10));
  return s;
}

/** Stable 32-bit hash of a string, to derive per-namespace keys from the seed. */
export function hashString(s: string, seed: number): number {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A pseudo-random bijection on [0, size): the k-th value drawn from a namespace is `permute(k, …)`.
 * Why: plates, serials and citizen IDs must be unique over a million records, and remembering every issued
 * value would make the generator's memory grow with the count. A Feistel network over the next even power
 * of two, with cycle-walking back into range, gives uniqueness by construction in O(1) memory.
 */
export function permute(k: number, size: number, key: number): number {
  if (size <= 1) return 0;
  if (size > 2 ** 30) throw new RangeError(`permute: domain too large (${size})`);
  const bits = 32 - Math.clz32(size - 1);
  const half = (bits + 1) >>> 1;
  const halfMask = (1 << half) - 1;
  let x = k;
  do {
    let left = x >>> half;
    let right = x & halfMask;
    for (let round = 0; round < 4; round++) {
      const next = left ^ (roundFunction(right, key, round) & halfMask);
      left = right;
      right = next;
    }
    x = (left << half) | right;
  } while (x >= size);
  return x;
}

function roundFunction(v: number, key: number, round: number): number {
  let h = Math.imul(v ^ key ^ Math.imul(round + 1, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Unique draws per namespace: the k-th draw from a namespace of `size` values is `permute(k, size, key)`,
 * with the key derived from the seed and the namespace name. Returns -1 once a namespace is used up.
 */
export class UniqueDraws {
  private readonly spaces = new Map<string, { next: number; key: number }>();

  constructor(private readonly seed: number) {}

  draw(namespace: string, size: number): number {
    let space = this.spaces.get(namespace);
    if (space === undefined) {
      space = { next: 0, key: hashString(namespace, this.seed) };
      this.spaces.set(namespace, space);
    }
    if (space.next >= size) return -1;
    return permute(space.next++, size, space.key);
  }
}
