/**
 * Letters OCR reads for digits on a licence's small print (O for 0, l or I for 1, S for 5, B for 8…), read back
 * as digits only where only a digit can stand: a licence number's or a date's digits.
 */

const AS_DIGIT: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', I: '1', l: '1', '|': '1', i: '1', Z: '2', z: '2', S: '5', s: '5', B: '8', G: '6', b: '6', T: '7', g: '9' };

/** The digits of `s`, letters OCR reads for digits read as those digits. */
export const digitsOf = (s: string): string => [...s].map((c) => AS_DIGIT[c] ?? c).join('');
