/**
 * When a value on paper and the station's value are "the same": serials and plates exactly after
 * canonicalisation (case, spaces, dots and dashes carry no meaning), citizen IDs by their digits, names
 * without case or diacritics, addresses by their words (abbreviations spelled out, order and punctuation
 * ignored; the same numbers with a few letters of OCR noise in a long handwritten address are the same place),
 * dates by the day they name. Anything else — an OCR confusion of a serial or a name included — is a difference.
 */
import { canonicalPlateKey } from '../records/plate';
import { serialKey } from '../records/vin';
import { editDistance } from '../text/edit-distance';
import { foldVietnamese } from '../text/vietnamese';
import type { ScanField } from '../domain/field-reading';

/** The fields compared with the record and flagged when they differ. */
export const FLAGGED_FIELDS = ['plate', 'chassis', 'engine', 'owner_id', 'owner_name', 'address', 'registered_on'] as const;
export type FlaggedField = (typeof FLAGGED_FIELDS)[number];

/** The flagged fields that are serials (plate, chassis, engine, citizen ID): compared character by character once canonical. */
export const FLAGGED_SERIALS: ReadonlySet<string> = new Set<FlaggedField>(['plate', 'chassis', 'engine', 'owner_id']);

// Vietnamese address abbreviations as clerks type them, folded: "P. 5, Q. 3, TP. HCM".
const ADDRESS_ABBREVIATIONS: Record<string, string> = {
  p: 'phuong',
  q: 'quan',
  tp: 'thanh pho',
  tx: 'thi xa',
  tt: 'thi tran',
  h: 'huyen',
  x: 'xa',
  kp: 'khu pho',
  to: 'to',
  hcm: 'ho chi minh',
};

/** The words of an address, folded, abbreviations spelled out, sorted (order and punctuation carry no meaning). */
export function addressTokens(value: string): string[] {
  const words = foldVietnamese(value.normalize('NFC'))
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .flatMap((w) => (ADDRESS_ABBREVIATIONS[w] ?? w).split(' '));
  return words.sort();
}

/** The form two values of a field are compared in. */
export function canonicalValue(field: ScanField, value: string): string {
  switch (field) {
    case 'plate':
      return canonicalPlateKey(value);
    case 'chassis':
    case 'engine':
    case 'model':
      return serialKey(value);
    case 'owner_id':
      return value.replace(/\D/g, '');
    case 'registered_on':
      return isoDay(value) ?? value.trim();
    case 'address':
      return addressTokens(value).join(' ');
    default:
      return foldVietnamese(value.normalize('NFC')).replace(/[^\p{L}\d]+/gu, ' ').trim();
  }
}

/** True when the paper's value and the record's say the same thing. */
export function sameValue(field: ScanField, scan: string, record: string): boolean {
  if (canonicalValue(field, scan) === canonicalValue(field, record)) return true;
  return field === 'address' && samePlace(scan, record);
}

/**
 * Two spellings of a name that fold the same but mark a syllable differently, both marked ("Hoà" / "Hoá" are two
 * names): a record typed without marks ("NGUYEN VAN AN") differs in nothing.
 */
export function marksDiffer(a: string, b: string): boolean {
  const words = (v: string): string[] => v.normalize('NFC').toLocaleLowerCase('vi').split(/\s+/).filter(Boolean);
  const [wa, wb] = [words(a), words(b)];
  if (wa.length !== wb.length) return false;
  const marked = (w: string): boolean => /[\u0300-\u036f]/.test(w.normalize('NFD'));
  return wa.some((w, i) => w !== wb[i] && foldVietnamese(w) === foldVietnamese(wb[i]!) && marked(w) && marked(wb[i]!));
}

/**
 * Whether the paper's name marks a syllable otherwise than the record only by lacking marks the record has ("Tiên"
 * read where the record has "Tiến"): what OCR does to a stacked mark on a capital far more often than anything else.
 */
export function marksOnlyLost(paper: string, record: string): boolean {
  const words = (v: string): string[] => v.normalize('NFC').toLocaleLowerCase('vi').split(/\s+/).filter(Boolean);
  const [wp, wr] = [words(paper), words(record)];
  if (wp.length !== wr.length) return false;
  const marks = (w: string): string[] => w.normalize('NFD').match(/[\u0300-\u036f]/g) ?? [];
  return wp.every((w, i) => {
    if (w === wr[i]) return true;
    const left = marks(wr[i]!);
    return foldVietnamese(w) === foldVietnamese(wr[i]!) && marks(w).every((m) => left.includes(m) && left.splice(left.indexOf(m), 1).length === 1);
  });
}

/**
 * Text a misread could have made of the other: letters and digits (marks and case aside) at most one edit in five
 * apart, two at least. Another owner's name or another place differs far more ("Trần Bình" / "Nguyễn Văn An").
 */
export function withinMisread(a: string, b: string): boolean {
  const bare = (v: string): string => foldVietnamese(v.normalize('NFC')).replace(/[^a-z0-9]/g, '');
  const [x, y] = [bare(a), bare(b)];
  return editDistance(x, y) <= Math.max(2, Math.floor(Math.max(x.length, y.length) / 5));
}

/**
 * A name a hand's misreads could have made of the other, word by word: as many words, each at most two letters
 * (marks and case aside) off its own ("Vie Vin Long" for Vũ Văn Long). Another person's name changes a word
 * wholly ("An" / "Bình", "Trần" / "Nguyễn").
 */
export function nameWithinMisread(a: string, b: string): boolean {
  const words = (v: string): string[] => foldVietnamese(v.normalize('NFC')).split(/[^a-z]+/).filter(Boolean);
  const [wa, wb] = [words(a), words(b)];
  return wa.length === wb.length && wa.every((w, i) => editDistance(w, wb[i]!) <= Math.min(2, Math.max(w.length, wb[i]!.length) - 1));
}

/**
 * An address read with up to a quarter of its letters wrong (a small hand: "phế Tân Đức Thing" for "phố Tôn Đức
 * Thắng") that still holds the record's house and lane numbers, in order (a misread letter may add one: "Số" read
 * "8"): a misread of the record's address. Another address has other numbers; one without numbers is left to
 * `withinMisread`.
 */
export function addressWithinMisread(read: string, record: string): boolean {
  const numbers = (v: string): string[] => v.match(/\d+/g) ?? [];
  const want = numbers(record);
  let found = 0;
  for (const n of numbers(read)) if (n === want[found]) found++;
  if (want.length === 0 || found < want.length) return false;
  const bare = (v: string): string => foldVietnamese(v.normalize('NFC')).replace(/[^a-z]/g, '');
  const [x, y] = [bare(read), bare(record)];
  return editDistance(x, y) <= Math.floor(Math.max(x.length, y.length) / 4);
}

/**
 * A handwritten address read with a few letters wrong ("Thôn LôTGiao" for "Thôn Lỗ Giao") is the same place when
 * its numbers (house, lane) are the same, in order, and its letters, in order, are at most one edit in twelve
 * apart (three at most): another ward, street or village changes far more letters than that.
 */
function samePlace(a: string, b: string): boolean {
  const spelled = (v: string): string[] => foldVietnamese(v.normalize('NFC')).split(/[^a-z0-9]+/).filter(Boolean).flatMap((w) => (ADDRESS_ABBREVIATIONS[w] ?? w).split(' '));
  const [wa, wb] = [spelled(a), spelled(b)];
  const numbers = (ws: string[]): string => ws.filter((w) => /\d/.test(w)).map((w) => w.replace(/\D/g, '')).join(' ');
  if (numbers(wa) !== numbers(wb)) return false;
  const letters = (ws: string[]): string => ws.join('').replace(/\d/g, '');
  const [la, lb] = [letters(wa), letters(wb)];
  return editDistance(la, lb) <= Math.min(3, Math.floor(Math.max(la.length, lb.length) / 12));
}

/** A date written as ISO or day/month/year, as ISO; null when it names no date. */
function isoDay(value: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(value.trim());
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  return null;
}
