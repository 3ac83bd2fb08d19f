/**
 * The citizen ID's grammar: a 12-digit CCCD with a real province code and century digit, or a 9-digit CMND, read
 * through the letters OCR gives for its digits.
 */
import { cccdIssues } from '../records/citizen-id';
import { cleanText } from '../text/vietnamese';
import type { GrammarMatch } from './grammar-match';

/** A 12-digit CCCD with a real province code and century digit, or a 9-digit CMND. */
function isCitizenId(digits: string): boolean {
  if (digits.length === 9) return true;
  return digits.length === 12 && cccdIssues(digits).length === 0;
}

/**
 * Letters OCR reads for an ID's digits (an ID holds none): O/o/Q/D for 0, I/i/l/| for 1, Z/z for 2, S/s for 5,
 * G/b for 6, B for 8. Taken only inside a run that is otherwise digits, never two side by side; beyond O, Q and
 * I (always taken), at most two in a CCCD and one in a CMND. A digit no read produced keeps a guess's confidence
 * (alignConfidences): the officer is asked.
 */
const ID_LOOK_ALIKE: Record<string, string> = { O: '0', o: '0', Q: '0', D: '0', I: '1', i: '1', l: '1', '|': '1', Z: '2', z: '2', S: '5', s: '5', G: '6', b: '6', B: '8' };
const ID_CHAR = `[0-9${Object.keys(ID_LOOK_ALIKE).join('').replace('|', '\\|')}]`;
// Digit groups separated by single spaces or dots belong together (a handwritten or spaced-out number); the run
// starts and ends on a digit or an O (a read's 0).
const ID_RUN = new RegExp(`(?<![0-9A-Za-z])[0-9OoQ](?:[ .]?${ID_CHAR}){7,11}[ .]?[0-9OoQ](?![0-9])`, 'gu');

/** The digit runs of a text an ID may be, look-alikes read as digits, in order. */
function* idRuns(text: string): Generator<GrammarMatch> {
  for (const m of text.matchAll(ID_RUN)) {
    const run = m[0].replace(/[ .]/g, '');
    // O, Q and I were always taken for 0 and 1, never two side by side; the other look-alikes are counted.
    const others = [...run].filter((c) => !/[\dOoQIi]/.test(c)).length;
    if (/[OoQIi]{2}/.test(run) || (others > 0 && /\D\D/.test(run)) || others > (run.length >= 12 ? 2 : 1)) continue;
    yield { value: [...run].map((c) => ID_LOOK_ALIKE[c] ?? c).join(''), start: m.index, end: m.index + m[0].length };
  }
}

/** The first ID in a text, or null. */
export function findCitizenId(text: string): GrammarMatch | null {
  for (const run of idRuns(text)) {
    if (isCitizenId(run.value)) return run;
    // A colon or bracket read as a digit at either edge of a 12-digit number.
    for (const cut of [run.value.slice(1), run.value.slice(0, -1)]) if (cut.length === 12 && isCitizenId(cut)) return { ...run, value: cut };
  }
  return null;
}

/**
 * A run of twelve digits that is no CCCD as read (a province code or century digit misread: "059…" for
 * "052…"): with no label to vouch for it, still the place of a citizen ID to read again.
 */
export function misreadCitizenId(raw: string): GrammarMatch | null {
  for (const run of idRuns(cleanText(raw))) if (run.value.length === 12 && !isCitizenId(run.value)) return run;
  return null;
}
