/** Seeded mutations of a valid file, the way files arrive damaged: flipped bytes, cuts, lost or repeated chunks. */
import { mulberry32 } from '../../main/engine/demo/records.generator';

export type Mutation = 'flip' | 'truncate' | 'drop' | 'repeat' | 'insert' | 'zero';
const MUTATIONS: readonly Mutation[] = ['flip', 'truncate', 'drop', 'repeat', 'insert', 'zero'];

/** The `n`-th mutant of `base` for `seed`: the same inputs always give the same bytes. */
export function mutant(base: Buffer, seed: number, n: number): { kind: Mutation; data: Buffer } {
  const rng = mulberry32((seed * 7919 + n * 104_729) >>> 0);
  const int = (lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
  const kind = MUTATIONS[n % MUTATIONS.length]!;
  const data = Buffer.from(base);
  const at = int(0, Math.max(0, data.length - 1));
  switch (kind) {
    case 'flip': {
      for (let i = int(1, 16); i > 0; i--) data[int(0, data.length - 1)] ^= 1 << int(0, 7);
      return { kind, data };
    }
    case 'truncate':
      return { kind, data: data.subarray(0, at) };
    case 'drop':
      return { kind, data: Buffer.concat([data.subarray(0, at), data.subarray(Math.min(data.length, at + int(1, 512)))]) };
    case 'repeat':
      return { kind, data: Buffer.concat([data.subarray(0, at), data.subarray(at, at + int(1, 512)), data.subarray(at)]) };
    case 'insert':
      return { kind, data: Buffer.concat([data.subarray(0, at), Buffer.from(Array.from({ length: int(1, 64) }, () => int(0, 255))), data.subarray(at)]) };
    case 'zero':
      data.fill(0, at, Math.min(data.length, at + int(1, 4096)));
      return { kind, data };
  }
}

/** Rejects when `work` takes longer than `ms` (a hang is a failure, not a slow pass). */
export async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
