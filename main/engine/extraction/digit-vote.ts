/**
 * A per-position vote between reads of one number (a citizen ID) that may each misread a different digit. A
 * handwritten number has a single copy in a dossier, so no other copy can settle a digit two reads dispute;
 * a third read at another scale can: tesseract's misreads of a handwritten 7 or 9 (as 1 or 3) depend on the
 * scale, so two of three reads agreeing on a digit is better evidence than either read's own confidence (a
 * restricted read reports near-certainty even for a misread).
 */
import type { CharConf } from './region-read';

/** Confidence at or below which a digit is one the reads disagreed on (see confirmByLayout's UNCONFIRMED). */
const DISPUTED = 0.35;

const digitsOf = (cs: CharConf[]): CharConf[] => cs.filter((c) => /\d/.test(c.c));

/** Whether a confirmed read has a digit the layout pass did not confirm: only then is another read worth it. */
export function hasDisputedDigit(chars: CharConf[]): boolean {
  return digitsOf(chars).some((c) => c.confidence <= DISPUTED);
}

/**
 * `lead`'s digits, each replaced by the digit at least two of all the reads agree on at that position, with
 * the best confidence among those that agree. Reads with another number of digits than `lead` cannot be
 * aligned by position and do not vote; without two agreeing reads, `lead`'s digit stays as it was.
 */
export function voteDigits(lead: CharConf[], others: CharConf[][]): CharConf[] {
  const own = digitsOf(lead);
  const voters = [own, ...others.map(digitsOf).filter((o) => o.length === own.length)];
  if (voters.length < 3) return own;
  return own.map((c, i) => {
    const tally = new Map<string, number[]>();
    for (const v of voters) tally.set(v[i].c, [...(tally.get(v[i].c) ?? []), v[i].confidence]);
    const [digit, confs] = [...tally.entries()].sort((a, b) => b[1].length - a[1].length || Math.max(...b[1]) - Math.max(...a[1]))[0];
    if (confs.length < 2) return c;
    return { c: digit, confidence: Math.max(...confs) };
  });
}
