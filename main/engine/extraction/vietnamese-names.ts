/**
 * Vietnamese-aware finishing of text values read off paper. Registers write a person's name in title case
 * whatever the paper's typography (certificates print capitals), an address starts with a capital, and OCR
 * drops marks off capitals far more often than off lower case: a family name left bare of marks that only one
 * Vietnamese family name folds to gets its marks back. Only unambiguous, whole-word restorations are made.
 */
import { editDistance } from '../text/edit-distance';
import { foldVietnamese } from '../text/vietnamese';
import { isNameSyllable, restoreNameMarks } from './licence/name-syllables';
import { isSyllableBarringMarks } from '../text/syllable';

// Common family names; each folded form maps to exactly one name (Vũ/Võ, Hoàng/Huỳnh fold apart). Folded
// forms shared by two real family names (e.g. "ha" Hà/Hạ, "ta" Tạ/Tá) are left out: those are never guessed.
const FAMILY_NAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Đinh', 'Trương', 'Đào', 'Đoàn', 'Lương', 'Trịnh', 'Thái', 'Quách', 'Lâm', 'Tạ', 'Tô',
  'Châu', 'Kiều', 'Triệu', 'Khổng', 'Lưu', 'Mạc', 'Doãn', 'Phùng', 'Nghiêm', 'Vương', 'Hứa',
];
const FAMILY_BY_FOLD = new Map(FAMILY_NAMES.map((n) => [foldVietnamese(n), n]));
const LONG_FAMILY_FOLDS = [...FAMILY_BY_FOLD].filter(([f]) => f.length >= 5);

/** Whether a word is one of the common family names, marks or not ("NGUYEN", "Đỗ"). */
export function isFamilyName(word: string): boolean {
  return FAMILY_BY_FOLD.has(foldVietnamese(word));
}

/** Each space-separated syllable with a capital first letter and the rest lower case. */
export function titleCaseName(name: string): string {
  return name.normalize('NFC').split(' ').map((w) => (w ? w[0].toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi') : w)).join(' ');
}

/**
 * A family name (first word) read without its marks or with wrong ones (handwriting turns ~ into ^), restored
 * when only one family name folds to it.
 */
export function restoreFamilyName(name: string): string {
  const words = name.normalize('NFC').split(' ');
  if (words.length < 2) return name.normalize('NFC');
  const known = FAMILY_BY_FOLD.get(foldVietnamese(words[0])) ?? nearFamilyName(words[0]);
  if (!known || words[0].toLowerCase() === known.toLowerCase()) return name.normalize('NFC');
  const upper = words[0] === words[0].toUpperCase() && words[0].length > 1;
  words[0] = upper ? known.toLocaleUpperCase('vi') : known;
  return words.join(' ');
}

/**
 * A long family name read one letter off ("Nguyéh" for Nguyễn): the one family name of five letters or more
 * within one edit of it, when only one is.
 */
function nearFamilyName(word: string): string | undefined {
  const folded = foldVietnamese(word);
  if (folded.length < 5 || !/^[a-z]+$/.test(folded)) return undefined;
  const near = LONG_FAMILY_FOLDS.filter(([f]) => editDistance(f, folded) === 1);
  return near.length === 1 ? near[0]![1] : undefined;
}

// Name syllables ending in a stop (c, ch, p, t). Vietnamese allows only the sắc or nặng tone on such a syllable,
// so one read with no tone mark certainly lost it; each folded form here belongs to one common name syllable.
const STOP_FINAL_NAMES = ['Đạt', 'Phát', 'Đức', 'Phúc', 'Lộc', 'Ngọc', 'Quốc', 'Việt', 'Kiệt', 'Quyết', 'Tuyết', 'Nguyệt', 'Thiết', 'Tiệp', 'Hợp', 'Bích', 'Thạch', 'Trúc', 'Cúc'];
const STOP_FINAL_BY_FOLD = new Map(STOP_FINAL_NAMES.map((n) => [foldVietnamese(n), n]));
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * Syllables that cannot exist as read (a stop final with no tone: "ĐAT") get the one common name syllable
 * they can be; a toneless syllable that is not such a name is left as read.
 */
export function restoreStopTones(name: string): string {
  return name.normalize('NFC').split(' ').map((w) => {
    if (!/(c|ch|p|t)$/i.test(w) || TONES.test(w.normalize('NFD'))) return w;
    const known = STOP_FINAL_BY_FOLD.get(foldVietnamese(w));
    if (!known) return w;
    return w.length > 1 && w === w.toUpperCase() ? known.toLocaleUpperCase('vi') : known;
  }).join(' ');
}

// Common name syllables whose tone sits on top of a circumflex, breve or horn. On a capital that stacked mark
// is squeezed against the line above and OCR swaps sắc (´) and huyền (`): "TUẦN" for Tuấn. Each one's
// swapped twin is not a common name; a syllable whose twin is also a name (Tuyến/Tuyền, Hướng/Hường) is left
// out, so such a pair is never guessed.
const STACKED_TONE_NAMES = [
  'Tuấn', 'Tiến', 'Thắng', 'Chiến', 'Hiếu', 'Yến', 'Tấn', 'Huấn', 'Chấn', 'Thế',
  'Hiền', 'Hằng', 'Hồng', 'Quyền', 'Huyền', 'Cường', 'Trường', 'Tường', 'Bằng', 'Cầm',
];
const STACKED_TONE_SET = new Set(STACKED_TONE_NAMES.map((n) => n.toLocaleLowerCase('vi')));

/**
 * A syllable read with sắc where a common name has huyền on the same letters (or the reverse), and which is
 * itself no common name, gets the name's tone; case is kept as read.
 */
export function restoreSwappedTones(name: string): string {
  return name.normalize('NFC').split(' ').map((w) => {
    const lower = w.toLocaleLowerCase('vi');
    if (!w || STACKED_TONE_SET.has(lower)) return w;
    const nfd = lower.normalize('NFD');
    if (!/[\u0300\u0301]/.test(nfd)) return w;
    const twin = nfd.replace(/[\u0300\u0301]/g, (m) => (m === '\u0300' ? '\u0301' : '\u0300')).normalize('NFC');
    if (!STACKED_TONE_SET.has(twin)) return w;
    return [...twin].map((c, i) => ([...w][i] !== [...w][i].toLocaleLowerCase('vi') ? c.toLocaleUpperCase('vi') : c)).join('');
  }).join(' ');
}

/**
 * An owner's name as registers hold it: marks restored where certain, title case. A given or middle syllable that
 * is no common name as read and that only one common name can be with its lost marks put back ("Quynh": Quỳnh;
 * not "Tiên", a name itself) gets them, whatever case the paper printed it in: a hand's small marks are lost
 * as a capital's are.
 */
export function finishOwnerName(name: string): string {
  const family = restoreFamilyName(name);
  const marked = restoreNameMarks(nearNameSyllables(family.toLocaleUpperCase('vi')));
  return titleCaseName(restoreSwappedTones(restoreStopTones(marked)));
}

const LETTERS = 'ABCDEGHIKLMNOPQRSTUVXY';

/**
 * A given or middle word that no Vietnamese syllable can be, whatever its marks ("MINK": a hand's h read k), is a
 * misread letter: it becomes the one common name syllable a single letter away, when only one is; a word two
 * names fit, or none, stays as read (the officer reads it, the value being below the review threshold).
 */
function nearNameSyllables(name: string): string {
  return name.split(' ').map((w, i) => {
    if (i === 0 || w.length < 3 || !/^\p{Lu}+$/u.test(w) || isSyllableBarringMarks(w)) return w;
    const fits = new Set<string>();
    for (let k = 0; k < w.length; k++) for (const c of LETTERS) if (c !== w[k] && isNameSyllable(w.slice(0, k) + c + w.slice(k + 1))) fits.add(w.slice(0, k) + c + w.slice(k + 1));
    return fits.size === 1 ? [...fits][0]! : w;
  }).join(' ');
}

/** An address starts with a capital ("Số 12, …", "Thôn …"), whatever case the copy printed it in. */
export function capitaliseStart(text: string): string {
  const nfc = text.normalize('NFC');
  return nfc ? nfc[0].toLocaleUpperCase('vi') + nfc.slice(1) : nfc;
}
