/**
 * Double keying of a serial, as two clerks keying one form: tesseract's reads of the value's place and the
 * second reader's (ocr/second-reader.ts), an engine whose misreads are its own. A read both readers spell is
 * double-keyed. Where they differ, the second reader never replaces tesseract's value on its own: it only marks
 * the characters it reads otherwise as disputed, so the officer is asked rather than told.
 */
import type { CharConf } from './region-read';

/** The most a character the second reader reads otherwise can claim (below the review threshold). */
export const DISPUTED = 0.75;

const SEPARATOR = /[\s.\-/]/;

/** A serial read's comparison key: letters and digits, capitals, Đ as D (the second reader has no Đ). */
export const serialKey = (cs: readonly CharConf[]): string =>
  cs.map((c) => c.c).join('').replace(/[\s.\-/]/g, '').toUpperCase().replace(/[ĐÐ]/g, 'D');

/** Whether two reads spell one serial. */
export const sameSerial = (a: readonly CharConf[], b: readonly CharConf[]): boolean => serialKey(a) === serialKey(b);

/**
 * `read` with every character the other read (`by`) spells differently made disputed. Reads of different
 * lengths say nothing position by position: `read` stands as it is.
 */
export function disputedBy(read: CharConf[], by: readonly CharConf[] | null): CharConf[] {
  if (!by) return read;
  const other = serialKey(by);
  if (other.length !== serialKey(read).length) return read;
  let at = -1;
  return read.map((c) => {
    if (SEPARATOR.test(c.c)) return c;
    at++;
    return c.c.toUpperCase().replace(/[ĐÐ]/, 'D') === other[at] ? c : { c: c.c, confidence: Math.min(c.confidence, DISPUTED) };
  });
}

/**
 * What stands of tesseract's reads of one place (`reads`, the page pass first) and the value they settled on
 * (`settled`), given the second reader's read: the settled value when the second reader spells it; else the
 * first of tesseract's reads it spells, its characters the settled value reads otherwise disputed; else the
 * settled value with the characters the second reader reads otherwise disputed.
 */
export function doubleKeyed(settled: CharConf[], reads: readonly CharConf[][], second: readonly CharConf[] | null): CharConf[] {
  if (!second || sameSerial(settled, second)) return settled;
  const agreed = reads.find((r) => sameSerial(r, second));
  return agreed ? disputedBy(agreed, settled) : disputedBy(settled, second);
}
