/**
 * The holder and licence a generated card shows: the ground truth every reading is scored against. Numbers
 * follow the licences in circulation: 12 digits on cards issued since 2013 (province code + serial), older
 * paper licences also a series of two letters and six digits, kept as printed.
 */
import { address, personName } from '../../../main/engine/demo/identity';
import type { Rng } from '../rng';
import { withRareNames } from './rare-names';

export type CardModel = 'paper' | 'pet';
export type CardSide = 'front' | 'back';

/** The fields a licence dossier reads (CLI.md), plus what the card also prints. */
export interface LicenceTruth {
  licence_no: string;
  full_name: string;
  /** ISO dates (YYYY-MM-DD). */
  birth_date: string;
  class: string;
  issued_on: string;
  valid_until: string | null;
  personal_id: string;
  address: string;
  issued_by: string;
}

export const TRUTH_FIELDS = ['licence_no', 'full_name', 'birth_date', 'class', 'issued_on'] as const;
export type LicenceTruthField = (typeof TRUTH_FIELDS)[number];

const OLD_CLASSES = ['A1', 'A1', 'A1', 'A2', 'A3', 'B1', 'B2', 'B2', 'C', 'D', 'E', 'FC'];
const NEW_CLASSES = ['A1', 'A1', 'A', 'B', 'B', 'C1', 'C', 'D1', 'D2', 'BE', 'CE', 'B2', 'A2'];
const ISSUERS = ['Sở Giao thông vận tải Hà Nội', 'Sở GTVT Hà Nội', 'Cục Đường bộ Việt Nam', 'Sở Giao thông vận tải Bắc Ninh'];
const LICENCE_PROVINCES = ['01', '01', '01', '27', '30', '34', '36', '79'];

const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const day = (r: Rng, y0: number, y1: number): [number, number, number] => [r.int(y0, y1), r.int(1, 12), r.int(1, 28)];
const digits = (r: Rng, n: number): string => Array.from({ length: n }, () => String(r.int(0, 9))).join('');

/** A licence number in the shape its card model carries. */
export function licenceNumber(r: Rng, model: CardModel): string {
  if (model === 'pet' || r.chance(0.5)) return `${r.pick(LICENCE_PROVINCES)}${r.int(0, 2)}${digits(r, 9)}`;
  return `${r.pick(['AB', 'AH', 'AK', 'BA', 'HN'])} ${digits(r, 6)}`;
}

/** A holder and licence for a card of `model` (paper licences were issued before 2012). */
export function licenceTruth(r: Rng, model: CardModel): LicenceTruth {
  const female = r.chance(0.4);
  const next = (): number => r.next();
  const [by, bm, bd] = day(r, 1950, 1994);
  const [iy, im, id] = model === 'paper' ? day(r, 1996, 2011) : day(r, 2013, 2025);
  const klass = r.pick(model === 'paper' ? OLD_CLASSES : NEW_CLASSES);
  // A1/A2/A3 never expire; other classes run 5 or 10 years.
  const valid = /^A[123]?$/.test(klass) ? null : iso(iy + r.pick([5, 10]), im, id);
  const century = by >= 2000 ? (female ? 3 : 2) : female ? 1 : 0;
  return {
    licence_no: licenceNumber(r, model),
    // Some holders carry a name no common-name list knows (rare-names.ts); drawn on a stream of its own.
    full_name: withRareNames(r.fork('rare-name'), personName(next, female)).toLocaleUpperCase('vi'),
    birth_date: iso(by, bm, bd),
    class: klass,
    issued_on: iso(iy, im, id),
    valid_until: valid,
    personal_id: `001${century}${String(by % 100).padStart(2, '0')}${digits(r, 6)}`,
    address: address(next),
    issued_by: r.pick(ISSUERS),
  };
}

/** dd/mm/yyyy as cards print dates. */
export const dmy = (isoDate: string): string => isoDate.split('-').reverse().join('/');
