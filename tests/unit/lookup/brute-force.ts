/**
 * A slow, obviously-correct reference for the lookup: restricted Damerau-Levenshtein distance (optimal
 * string alignment) on the confusion-folded search keys, computed by dynamic programming over every record.
 */
import { confusionFold, searchKey } from '../../../main/engine/lookup/fold';

export interface KeyedRecord {
  ref: number;
  plate: string;
  chassis: string;
  engine: string;
  owner_id: string;
}

const folded = (s: string): string => confusionFold(searchKey(s));

/** Distance between two already-folded keys. */
export function osaDistance(x: string, y: string): number {
  const w = y.length + 1;
  const d = new Int32Array((x.length + 1) * w);
  for (let j = 0; j <= y.length; j++) d[j] = j;
  for (let i = 1; i <= x.length; i++) {
    d[i * w] = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, d[(i - 2) * w + j - 2] + 1);
      d[i * w + j] = v;
    }
  }
  return d[x.length * w + y.length];
}

export function foldedDistance(a: string, b: string): number {
  return osaDistance(folded(a), folded(b));
}

const foldedKeys = new WeakMap<readonly KeyedRecord[], { ref: number; raw: string; folded: string }[]>();

/** Refs with a key equal (after folding) or one edit away from the query; exact-only below 4 characters. */
export function bruteForceRefs(records: readonly KeyedRecord[], query: string): Set<number> {
  let keys = foldedKeys.get(records);
  if (keys === undefined) {
    keys = records.flatMap((r) =>
      [r.plate, r.chassis, r.engine, r.owner_id].map((v) => ({ ref: r.ref, raw: searchKey(v), folded: folded(v) })),
    );
    foldedKeys.set(records, keys);
  }
  const q = searchKey(query);
  const fq = folded(query);
  const out = new Set<number>();
  for (const k of keys) {
    if (q.length < 4) {
      if (k.raw === q) out.add(k.ref);
    } else if (Math.abs(k.folded.length - fq.length) <= 1 && osaDistance(fq, k.folded) <= 1) {
      out.add(k.ref);
    }
  }
  return out;
}
