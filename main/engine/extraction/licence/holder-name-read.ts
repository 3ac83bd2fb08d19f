/**
 * A holder's name read again where the card's pass read it: OCR drops tone marks off small capitals far more
 * often than it invents them, and which mark it drops changes with scale. The name's place is read once more
 * as one line, and twice with room for marks (enlarged 2× and 3×: such a read often alone sees a capital's
 * circumflex); for each syllable the reads agree on once folded, the read carrying the most marks wins, a
 * mark two reads agree on is kept as read, and what no read can tell is finished as vehicle owners' names are
 * (vietnamese-names.ts).
 */
import type { GreyImage } from '../../ocr/deskew';
import type { OcrBox } from '../../ocr/ocr-lines';
import type { OcrPool } from '../../ocr/ocr-worker-pool';
import { isVietnameseSyllable } from '../../text/syllable';
import { foldVietnamese } from '../../text/vietnamese';
import { readRegion } from '../region-read';
import { restoreFamilyName, restoreStopTones, restoreSwappedTones } from '../vietnamese-names';
import { findHolderName } from './licence-grammar';
import { readNameWithRoom } from './name-marks-read';
import { isNameSyllable, nameAmongReads, restoreNameMarks, restoreVOrY } from './name-syllables';

/** Marks on a syllable (tone and vowel marks), counted on its decomposed form; đ counts as one. */
const marks = (w: string): number => (w.normalize('NFD').match(/[\u0300-\u036f]/g) ?? []).length + (/[đĐ]/.test(w) ? 1 : 0);

/** A letter without its tone (its shape marks kept: Â, Ê, Ô, Ơ, Ư, Ă stay), in capitals. */
const toneless = (c: string): string => c.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC').toLocaleUpperCase('vi');

/** The marks on each letter of `a` are all on the same letter of `b` (two spellings of the same letters). */
function marksWithin(a: string, b: string): boolean {
  const as = [...a.normalize('NFC')];
  const bs = [...b.normalize('NFC')];
  const set = (c: string): string[] => [...c.normalize('NFD').slice(1)].concat(/[đĐ]/.test(c) ? ['đ'] : []);
  return as.length === bs.length && as.every((c, i) => set(c).every((m) => set(bs[i]!).includes(m)));
}

/**
 * A vowel read twice over, the second time with a tone of its own (NGUYẾÊN, PHẠAM, XUÂẦN, THIỀÊM: a
 * Vietnamese-only read sometimes gives a capital's mark a letter of its own), is one vowel: the one with fewer
 * marks, since the doubling is the mark read again. Only letters equal but for their tone count (ƯU in HỮU are
 * two vowels); no Vietnamese syllable doubles a vowel but the bare OO of a few loan words.
 */
export function collapseDoubledVowels(read: string): string {
  return read.normalize('NFC').split(' ').map((w) => {
    const out: string[] = [];
    for (const c of w) {
      const prev = out[out.length - 1];
      const same = prev !== undefined && /^[aeiouy]$/i.test(foldVietnamese(c)) && toneless(prev) === toneless(c);
      if (same && (marks(prev) > 0 || marks(c) > 0)) {
        if (marks(c) < marks(prev)) out[out.length - 1] = c;
        continue;
      }
      out.push(c);
    }
    return out.join('');
  }).join(' ');
}

/** Votes syllable by syllable over reads of one name; reads of another length or other letters are left out. */
export function voteName(reads: readonly string[]): string {
  const split = reads.map((r) => collapseDoubledVowels(r).split(/\s+/).filter(Boolean));
  const folded = (ws: string[]): string => ws.map((w) => foldVietnamese(w)).join(' ');
  // The letters most reads agree on (the first read's on a tie); marks are voted on within them.
  const count = (ws: string[]): number => split.filter((o) => folded(o) === folded(ws)).length;
  const base = split.reduce<string[]>((best, ws) => (count(ws) > count(best) ? ws : best), split[0] ?? []);
  const agreeing = split.filter((ws) => folded(ws) === folded(base));
  const out = base.map((_, i) => {
    // A mark is believed when read (OCR drops marks far more often than it invents them): a marked read
    // counts for every read whose marks include its own (YÊN backs YẾN, which has its circumflex and more);
    // then the one most reads agree on, then the one with more marks.
    const variants = agreeing.map((ws) => ws[i]!);
    // A read no Vietnamese syllable is spelled like (two tones, a tone on a consonant) is no evidence of marks.
    const spelled = variants.filter((w) => marks(w) > 0);
    const marked = spelled.some(isVietnameseSyllable) ? spelled.filter(isVietnameseSyllable) : spelled;
    if (marked.length === 0) return variants[0]!;
    const backing = (w: string): number => marked.filter((m) => marksWithin(m, w)).length;
    const count = (w: string): number => marked.filter((m) => m === w).length;
    const better = (w: string, best: string): boolean => backing(w) > backing(best)
      || (backing(w) === backing(best) && (count(w) > count(best) || (count(w) === count(best) && marks(w) > marks(best))));
    const voted = marked.reduce((best, w) => (better(w, best) ? w : best));
    // A given or middle syllable in capitals voted to no name (CHỊ, one read's invented dot) is the name the
    // reads agree it is, when they can tell (name-syllables.ts).
    if (i === 0 || isNameSyllable(voted) || voted !== voted.toLocaleUpperCase('vi')) return voted;
    // A mark two reads invented (DỤNG, LOÀN: a Vietnamese-only read takes a speck for a dot or a grave) does not
    // outvote as many reads of a common name on the same letters.
    const exactly = (w: string): number => variants.filter((v) => v === w).length;
    const named = variants.filter(isNameSyllable).sort((a, b) => exactly(b) - exactly(a))[0];
    if (named && exactly(named) >= exactly(voted)) return named;
    // Marks two reads agree on are believed as read (marksAgreed).
    if (count(voted) >= 2) return voted;
    return nameAmongReads(variants) ?? voted;
  });
  return out.join(' ');
}

// Rhymes Vietnamese spells only with a circumflex (iê, yê, uyê; uâ except after q): one read without it lost it.
const REQUIRED_CIRCUMFLEX: [RegExp, (m: string) => string][] = [
  [/(?<!Q)UA(?=[NT]$)/, () => 'UÂ'],
  [/UYE(?=(N|T)$)/, () => 'UYÊ'],
  [/(?<![UO])([IY])E(?=(N|T|U|M|P|NG|C)$)/, (m) => `${m[0]}Ê`],
];

/** Circumflexes Vietnamese spelling requires, restored on syllables read without any mark (capitals). */
export function restoreRequiredCircumflex(name: string): string {
  return name.split(' ').map((w) => {
    if (w !== w.toUpperCase() || marks(w) > 0) return w;
    for (const [re, fix] of REQUIRED_CIRCUMFLEX) if (re.test(w)) return w.replace(re, fix).normalize('NFC');
    return w;
  }).join(' ');
}

/** Enlargements of the roomy reads (name-marks-read.ts). */
const ROOMY_SCALES = [2, 3];

/**
 * The name as read by the card's pass (`first`) improved by a line read of its box and two roomy reads (read-card
 * pixels), each in Vietnamese alone. A fourth read, of the box enlarged 1.5×, changed no name on the dev cards and is not made.
 */
export async function rereadHolderName(ocr: OcrPool, card: GreyImage, box: OcrBox, first: string, dpi: number): Promise<string> {
  const reads = [first];
  // The re-reads are in Vietnamese alone: beside English, tesseract takes a capital word's bare English reading
  // (NGUYEN HAI TY for NGUYỄN HẢI TỴ, every mark lost, on a clean scan).
  const pool: OcrPool = { recognize: (job) => ocr.recognize({ ...job, langs: ['vie'] }), size: () => ocr.size(), terminate: () => ocr.terminate() };
  const chars = await readRegion(pool, card, box, 'owner_name', dpi, 'plain');
  const name = findHolderName(chars.map((c) => c.c).join(''));
  if (name) reads.push(name.value);
  // The line with room for the marks above capitals and below the baseline, enlarged (name-marks-read.ts).
  for (const scale of ROOMY_SCALES) {
    const roomy = await readNameWithRoom(pool, card, box, dpi, scale);
    if (roomy) reads.push(roomy);
  }
  const voted = voteName(reads);
  return finishHolderName(voted, marksAgreed(reads, voted));
}

/** Reads that must all give a syllable without a mark for it to be believed bare. */
const BARE_READS = 3;

/**
 * The given and middle syllables of `voted` whose marks at least two reads gave exactly so: OCR drops marks
 * often but seldom invents the same mark twice, so such a syllable is the card's even when no common name is
 * spelled so (TỊNH, QUYẾN): no list of common names may turn it into one (the family name has its own list).
 * So is a syllable every read gave bare, three reads or more (the reads with room above and below included):
 * CANH, a name no list of common names knows, is not made the common CẢNH.
 */
export function marksAgreed(reads: readonly string[], voted: string): Set<number> {
  const split = reads.map((r) => r.normalize('NFC').toLocaleUpperCase('vi').split(/\s+/).filter(Boolean));
  const out = new Set<number>();
  voted.normalize('NFC').toLocaleUpperCase('vi').split(' ').forEach((w, i) => {
    const same = split.filter((ws) => ws[i] === w).length;
    if (i > 0 && (marks(w) > 0 ? same >= 2 : reads.length >= BARE_READS && same === reads.length)) out.add(i);
  });
  return out;
}

/**
 * Marks restored where only one name fits (family names, stop finals, swapped stacked tones, lost marks); the
 * syllables of `asRead` (marksAgreed) keep the marks read, past the family name and the stop finals. One read
 * bare keeps only what spelling requires (a circumflex: TIEN is TIÊN) and the THỊ of a middle name.
 */
export function finishHolderName(name: string, asRead: ReadonlySet<number> = new Set()): string {
  const spelled = restoreStopTones(restoreFamilyName(name));
  const named = restoreNameMarks(restoreRequiredCircumflex(restoreSwappedTones(spelled)));
  const words = spelled.split(' ');
  const namedWords = named.split(' ');
  if (asRead.size === 0 || words.length !== namedWords.length) return named;
  const kept = (w: string, i: number): string => {
    if (marks(w) > 0) return restoreVOrY(w);
    return w === 'THI' && i < words.length - 1 ? 'THỊ' : restoreVOrY(restoreRequiredCircumflex(w));
  };
  return namedWords.map((w, i) => (asRead.has(i) ? kept(words[i]!, i) : w)).join(' ');
}
