/**
 * The Vietnamese alphabet as data: the 12 vowels with their 6 tones, and đ. The legacy decoders and the
 * plausibility scoring are built from these sets rather than from hand-typed lists, so a typo in one table
 * cannot silently drop a letter.
 */

/** Combining tone marks, in the traditional order: none, huyền, sắc, hỏi, ngã, nặng. */
export const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/** The 12 lowercase vowel letters (with their shape marks but no tone). */
export const BASE_VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

function buildLetters(): string[] {
  const letters: string[] = [];
  for (const vowel of BASE_VOWELS) {
    for (const tone of TONE_MARKS) letters.push((vowel + tone).normalize('NFC'));
  }
  letters.push('đ');
  return letters;
}

/** All 73 lowercase Vietnamese letters that can carry a diacritic (a…ỵ, đ), including the plain vowels. */
const LOWER = buildLetters();

/** The 67 lowercase letters outside ASCII (precomposed, NFC). */
export const VIETNAMESE_LOWER: readonly string[] = LOWER.filter((c) => c.charCodeAt(0) >= 0x80);
/** The 67 uppercase letters outside ASCII. */
export const VIETNAMESE_UPPER: readonly string[] = VIETNAMESE_LOWER.map((c) => c.toUpperCase());

/** The 134 precomposed Vietnamese letters outside ASCII, both cases. */
export const VIETNAMESE_LETTERS: ReadonlySet<string> = new Set([...VIETNAMESE_LOWER, ...VIETNAMESE_UPPER]);

/** Lowercase letters that carry a tone mark (60): the ones TCVN3 has only one code for. */
export const TONED_LOWER: readonly string[] = VIETNAMESE_LOWER.filter((c) => toneIndex(c) > 0);

/** Index into TONE_MARKS of the tone a letter carries (0 = none). */
export function toneIndex(letter: string): number {
  const nfd = letter.normalize('NFD');
  for (let t = 1; t < TONE_MARKS.length; t++) {
    if (nfd.includes(TONE_MARKS[t])) return t;
  }
  return 0;
}

/** The letter without its tone, keeping its shape mark: ấ → â, Ợ → Ơ. */
export function withoutTone(letter: string): string {
  return letter
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC');
}
