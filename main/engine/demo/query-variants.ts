/**
 * Realistic wrong readings of a value, to measure how often a lookup still puts the right record first.
 *
 * `injectConfusion` makes the kind of mistake OCR makes (DESIGN.md's confusions, in the directions they
 * actually happen: 0 read as O far more often than as Q). `injectEdit` makes one typing slip that is *not*
 * a confusion: a wrong character, two neighbours swapped, one character dropped or doubled-up.
 * Separators (spaces, dots, dashes) are left alone: they carry no meaning for a lookup.
 */

import { foldCode, searchKey } from '../lookup/fold';
import { pickWeighted, type Rng } from './prng';

/** How OCR misreads each confusable character, with relative frequencies. */
export const OCR_MISREADS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  '0': [['O', 6], ['D', 2], ['Q', 1]],
  O: [['0', 6], ['D', 1], ['Q', 1]],
  D: [['0', 3], ['O', 2]],
  Q: [['0', 2], ['O', 2]],
  '1': [['I', 4], ['7', 3], ['L', 2]],
  I: [['1', 5], ['L', 1]],
  L: [['1', 3], ['I', 1]],
  '7': [['1', 4]],
  '2': [['Z', 1]],
  Z: [['2', 1]],
  '5': [['S', 1]],
  S: [['5', 1]],
  '6': [['G', 1]],
  G: [['6', 1]],
  '8': [['B', 1]],
  B: [['8', 1]],
};

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** One OCR confusion at a random confusable position; the value unchanged when it has none. */
export function injectConfusion(value: string, rng: Rng): string {
  const positions: number[] = [];
  for (let i = 0; i < value.length; i++) if (OCR_MISREADS[value[i]] !== undefined) positions.push(i);
  if (positions.length === 0) return value;
  const at = positions[Math.floor(rng() * positions.length)];
  return value.slice(0, at) + pickWeighted(rng, OCR_MISREADS[value[at]]) + value.slice(at + 1);
}

/**
 * One slip that changes the value's search key by exactly one edit, even after folding OCR confusions:
 * a substitution, an adjacent transposition, a deletion or an insertion. Unchanged when too short.
 */
export function injectEdit(value: string, rng: Rng): string {
  // Positions of characters that count for a lookup (Đ does; spaces, dots and dashes do not).
  const alnum: number[] = [];
  for (let i = 0; i < value.length; i++) if (searchKey(value[i]) !== '') alnum.push(i);
  if (alnum.length < 2) return value;
  const op = pickWeighted(rng, [
    ['substitute', 4],
    ['transpose', 2],
    ['delete', 2],
    ['insert', 2],
  ] as const);

  if (op === 'transpose') {
    const pairs: number[] = [];
    for (let k = 0; k + 1 < alnum.length; k++) {
      if (fold(value[alnum[k]]) !== fold(value[alnum[k + 1]])) pairs.push(k);
    }
    if (pairs.length > 0) {
      const k = pairs[Math.floor(rng() * pairs.length)];
      const chars = value.split('');
      [chars[alnum[k]], chars[alnum[k + 1]]] = [chars[alnum[k + 1]], chars[alnum[k]]];
      return chars.join('');
    }
    // All neighbours look alike (e.g. "1111"): fall through to a substitution.
  }
  const at = alnum[Math.floor(rng() * alnum.length)];
  if (op === 'delete') return value.slice(0, at) + value.slice(at + 1);
  const pool = /[0-9]/.test(value[at]) ? DIGITS : LETTERS;
  if (op === 'insert') return value.slice(0, at) + pool[Math.floor(rng() * pool.length)] + value.slice(at);
  const choices = pool.split('').filter((c) => fold(c) !== fold(value[at]));
  return value.slice(0, at) + choices[Math.floor(rng() * choices.length)] + value.slice(at + 1);
}

/** The character as a lookup compares it: search key, then OCR-confusion class. */
function fold(ch: string): number {
  return foldCode(searchKey(ch).charCodeAt(0));
}
