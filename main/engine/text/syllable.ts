/**
 * How Vietnamese a piece of text looks. Used to tell the legacy 8-bit encodings apart: the same bytes decoded
 * as TCVN3, VNI, VISCII or Windows-1258 give one reading made of real syllables ("Nguyễn") and others made of
 * impossible ones ("NguyÔn", "Nguyeãn"). Counting valid syllables is far more robust than counting accented
 * letters, because every wrong decoding also produces plenty of accented letters.
 */
import { foldVietnamese } from './vietnamese';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;

// Initial consonant, vowel nucleus (with its glides) and final consonant of a written syllable. Deliberately a
// little permissive: it only has to separate real text from mojibake, not to spell-check.
const SYLLABLE = new RegExp(
  '^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?' +
    '(?:iêu|yêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|uơi|' +
    'ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ôô|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|' +
    'a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)' +
    '(?:ch|ng|nh|[cmnpt])?$',
);

/** True for one written Vietnamese syllable (any case, NFC or NFD), e.g. "Nguyễn", "thượng", "QUỐC". */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  let tones = 0;
  for (let i = 0; i < nfd.length; i++) {
    if (TONE.test(nfd[i])) {
      tones++;
      // A tone sits on a vowel (possibly after its shape mark), never on a consonant.
      let j = i - 1;
      while (j >= 0 && /[\u0302\u0306\u031b]/.test(nfd[j])) j--;
      if (j < 0 || !/[aeiouy]/.test(nfd[j])) return false;
    }
  }
  if (tones > 1) return false;
  const toneless = nfd.replace(TONES, '').normalize('NFC');
  return SYLLABLE.test(toneless);
}

// The same syllable shape with every mark taken off ("nguyen", "yen", "duong"): what a read that lost its marks
// can still be.
const BARE_SYLLABLE = new RegExp(
  SYLLABLE.source.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/\[bcddghklmnprstvx\]/, '[bcdghklmnprstvx]'),
);

/**
 * True for a word that is a Vietnamese syllable once marks a read may have lost or misplaced are set right
 * ("NGUYEN", "Yen", "Duong", "Yén"): letters, vowel clusters and finals of a syllable, whatever the marks.
 */
export function isSyllableBarringMarks(word: string): boolean {
  return BARE_SYLLABLE.test(foldVietnamese(word));
}

const WORD = /[\p{L}\p{M}]+/gu;
// Punctuation outside ASCII that honest Vietnamese text does contain (typographic quotes, dashes, ellipsis, NBSP).
const HONEST_SYMBOLS = new Set(['\u00a0', '\u2018', '\u2019', '\u201c', '\u201d', '\u2013', '\u2014', '\u2026', '\u00b0']);

/**
 * A score: +2 for each word with diacritics that is a valid syllable, −2 for each word with non-ASCII letters
 * that is not, −1 for each unlikely symbol, −3 for each control or replacement character.
 * Words of plain ASCII letters are ignored (every candidate decodes them the same way).
 */
export function vietnamesePlausibility(text: string): number {
  let score = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!hasNonAscii(word)) continue;
    score += isVietnameseSyllable(word) ? 2 : -2;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) score -= 3;
      continue;
    }
    if (c === 0xfffd || (c >= 0x80 && c < 0xa0)) {
      score -= 3;
      continue;
    }
    const ch = text[i];
    if (!/[\p{L}\p{M}]/u.test(ch) && !HONEST_SYMBOLS.has(ch)) score -= 1;
  }
  return score;
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return true;
  return false;
}
