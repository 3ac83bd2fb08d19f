/**
 * Synthetic Vietnamese plates, unique by construction.
 *
 * Each plate class (car 5-digit, old car 4-digit, motorcycle, two-letter motorcycle series, special series,
 * electric motorbike, diplomatic) has a fixed shape, and the classes' letter sets are chosen so that no two
 * classes can produce the same canonical key (separators removed): e.g. car series letters and motorcycle
 * series letters are disjoint because `29B-112.34` and `29-B1 1234` are both `29B11234` once spaces, dots
 * and dashes are ignored. Within a class the k-th plate is a pseudo-random permutation of k, so plates never
 * repeat and the generator needs no memory of the plates it issued.
 */

import { UniqueDraws, type Rng } from './prng';

/** Hà Nội's plate codes (29–33, 40): a Hà Nội station's own vehicles. */
const LOCAL = ['29', '30', '31', '32', '33', '40'];
/** Neighbouring and big-city provinces for vehicles registered elsewhere and transferred in. */
const OTHER = ['14', '15', '17', '18', '19', '20', '34', '35', '36', '37', '43', '51', '88', '89', '90', '98', '99'];

// Letters never used in series: I, J, O, Q, W.
const CAR_LETTERS = ['A', 'C', 'D', 'E', 'F', 'G', 'H', 'K'];
const MOTO_LETTERS = ['B', 'L', 'M', 'N', 'P', 'S', 'U', 'V', 'X', 'Y', 'Z'];
const SPECIAL_SERIES = ['LD', 'DA', 'KT', 'R', 'RM', 'MK', 'HC', 'CD', 'T', 'TĐ'];
/** Two-letter motorcycle series (2023+), excluding every pair a special series could be read as. */
const MOTO_PAIRS: readonly string[] = (() => {
  const letters = 'ABCDEFGHKLMNPRSTUVXYZ';
  const taken = new Set(['LD', 'DA', 'KT', 'RM', 'MK', 'HC', 'CD', 'TD', 'MD', 'NG']);
  const out: string[] = [];
  for (const a of letters) for (const b of letters) if (!taken.has(a + b)) out.push(a + b);
  return out;
})();

export type PlateClass = 'car5' | 'car4' | 'moto5' | 'moto4' | 'moto2' | 'special' | 'emoto' | 'diplomatic';

interface ClassShape {
  /** Radices of the parts the plate is made of; the class holds their product. */
  dims: (local: boolean) => number[];
  format: (parts: number[], local: boolean) => string;
}

const p5 = (n: number): string => {
  const s = String(n).padStart(5, '0');
  return `${s.slice(0, 3)}.${s.slice(3)}`;
};
const prov = (i: number, local: boolean): string => (local ? LOCAL : OTHER)[i];
const provCount = (local: boolean): number => (local ? LOCAL : OTHER).length;

const SHAPES: Record<PlateClass, ClassShape> = {
  car5: {
    dims: (l) => [provCount(l), CAR_LETTERS.length, 99999],
    format: ([p, s, n], l) => `${prov(p, l)}${CAR_LETTERS[s]}-${p5(n + 1)}`,
  },
  car4: {
    dims: (l) => [provCount(l), CAR_LETTERS.length, 9999],
    format: ([p, s, n], l) => `${prov(p, l)}${CAR_LETTERS[s]}-${String(n + 1).padStart(4, '0')}`,
  },
  moto5: {
    dims: (l) => [provCount(l), MOTO_LETTERS.length, 9, 99999],
    format: ([p, s, d, n], l) => `${prov(p, l)}-${MOTO_LETTERS[s]}${d + 1} ${p5(n + 1)}`,
  },
  moto4: {
    dims: (l) => [provCount(l), MOTO_LETTERS.length, 9, 9999],
    format: ([p, s, d, n], l) => `${prov(p, l)}-${MOTO_LETTERS[s]}${d + 1} ${String(n + 1).padStart(4, '0')}`,
  },
  moto2: {
    dims: (l) => [provCount(l), MOTO_PAIRS.length, 99999],
    format: ([p, s, n], l) => `${prov(p, l)}-${MOTO_PAIRS[s]} ${p5(n + 1)}`,
  },
  special: {
    dims: (l) => [provCount(l), SPECIAL_SERIES.length, 99999],
    format: ([p, s, n], l) => `${prov(p, l)}${SPECIAL_SERIES[s]}-${p5(n + 1)}`,
  },
  emoto: {
    dims: (l) => [provCount(l), 9, 99999],
    format: ([p, d, n], l) => `${prov(p, l)}-MĐ${d + 1} ${p5(n + 1)}`,
  },
  diplomatic: {
    // Country code and sequence; only two plate codes carry NG plates here.
    dims: () => [2, 999, 99],
    format: ([p, c, n]) => `${p === 0 ? '41' : '80'}-${String(c + 1).padStart(3, '0')}-NG-${String(n + 1).padStart(2, '0')}`,
  },
};

/** Issues unique plates for one generator run. */
export class PlateIssuer {
  private readonly draws: UniqueDraws;
  private readonly dims = new Map<string, number[]>();

  constructor(seed: number) {
    this.draws = new UniqueDraws(seed);
  }

  /** The next plate of a class; falls back to the (huge) local motorcycle class if a small class is used up. */
  issue(cls: PlateClass, local: boolean): string {
    const isLocal = cls === 'diplomatic' ? true : local;
    const ns = `${cls}/${isLocal ? 'local' : 'other'}`;
    let dims = this.dims.get(ns);
    if (dims === undefined) {
      dims = SHAPES[cls].dims(isLocal);
      this.dims.set(ns, dims);
    }
    let x = this.draws.draw(ns, dims.reduce((a, b) => a * b, 1));
    if (x < 0) {
      if (cls === 'moto5' && isLocal) throw new RangeError('Ran out of synthetic plates');
      return this.issue('moto5', true);
    }
    const parts = new Array<number>(dims.length);
    for (let i = dims.length - 1; i >= 0; i--) {
      parts[i] = x % dims[i];
      x = Math.floor(x / dims[i]);
    }
    return SHAPES[cls].format(parts, isLocal);
  }
}

/** Which plate class a vehicle gets, from its kind and registration date. */
export function choosePlateClass(rng: Rng, kind: 'moto' | 'car' | 'emoto', registeredOn: string): PlateClass {
  const year = Number(registeredOn.slice(0, 4));
  if (kind === 'emoto') return 'emoto';
  if (kind === 'car') {
    const r = rng();
    if (r < 0.004) return 'diplomatic';
    if (r < 0.04) return 'special';
    return year < 2010 && rng() < 0.85 ? 'car4' : 'car5';
  }
  if (year < 2009 && rng() < 0.8) return 'moto4';
  if (registeredOn >= '2023-08-15' && rng() < 0.5) return 'moto2';
  return 'moto5';
}
