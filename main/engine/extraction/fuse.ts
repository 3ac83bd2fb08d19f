/**
 * Every copy of a value on paper is evidence (form, certificate, rubbings): fuse them into one value per field
 * with a confidence. Readings are grouped by their comparison key and the group with the most confidence wins;
 * agreement across different kinds of paper weighs more than two reads of the same copy, and a valid VIN check
 * digit adds weight (a failing one removes none: Vietnamese VINs need not carry one). When copies of equal
 * length disagree character by character, a per-position vote weighted by character confidences may assemble
 * the value from the copies' best characters.
 */
import { normalizePlate } from '../records/plate';
import { vinCheckDigitValid } from '../records/vin';
import { SCAN_FIELDS, type FieldReading, type FusedField, type FusedFields, type ScanField } from '../domain/field-reading';
import { comparisonKey, isSerialField } from './field-values';
import { alignKeys, consensusCandidates, consensusShare, consensusSupport, type KeyChar } from './serial-consensus';
import { markCount } from './mark-merge';
import { nameSyllables } from './field-grammar';
import { capitaliseStart, finishOwnerName } from './vietnamese-names';

/** Score added per extra kind of paper that agrees (certificate + form beats two reads of one form). */
const SOURCE_AGREEMENT_BONUS = 0.35;
/**
 * Score added when a 17-character chassis value passes the ISO 3779 check digit. A tie-breaker only: most
 * Vietnamese VINs carry no check digit, so one misread in eleven passes by chance, and a bonus worth more than
 * a character of a confident copy lets such a misread outvote the copies that read the VIN right.
 */
const CHECK_DIGIT_BONUS = 0.05;
/** Score added when a plate parses as a Vietnamese plate, or a citizen ID has a valid length. */
const SHAPE_BONUS = 0.2;
/**
 * Lean of a copy's marked letter over another copy's bare one: OCR drops marks (above all on capitals) far
 * more often than it invents them, so a confidently read mark outweighs a slightly more confident bare letter.
 */
const MARK_BONUS = 0.12;
/** A reading at least this confident counts as a copy that agrees (an unconfirmed rubbing read is capped at 0.5). */
const CONFIRMED_READ = 0.6;
/** The most a value found on one copy only can claim (the review threshold is 0.9). */
const SINGLE_COPY_CEILING = 0.89;
/** A page whose words read at under this share of the best page's confidence is discounted (handwriting). */
const LEGIBLE_SHARE = 0.96;

interface Candidate {
  key: string;
  value: string;
  score: number;
  /** Sum of the reading confidences behind it, for the confidence estimate. */
  support: number;
  readings: FieldReading[];
  /** Mean per-position share of the vote (1 when every reading agrees); composite candidates only. */
  positionShare?: number;
}

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0);
const KEY_DROPPED = /[\s.\-–—]/;

/** Fuses all readings of a dossier into one value per field (null when a field has no usable reading). */
export function fuseReadings(readings: FieldReading[]): FusedFields {
  const out = {} as FusedFields;
  const legibility = pageLegibility(readings);
  for (const field of SCAN_FIELDS) out[field] = fuseField(field, readings.filter((r) => r.field === field), legibility);
  return out;
}

/**
 * How legibly each page's words read, relative to the dossier's most legible page: the mean confidence of its
 * name and address readings (words the unrestricted pass reads, where handwriting and smudges show as low
 * confidence). A restricted single-line re-read of a serial or date reports high confidence even on a
 * handwritten form, so this is what tells a typed certificate's copy from a hand-filled one. 1 for a page with
 * no such reading (rubbings, or nothing to compare).
 */
export function pageLegibility(readings: FieldReading[]): Map<number, number> {
  const sums = new Map<number, { s: number; n: number }>();
  for (const r of readings) {
    if (r.field !== 'owner_name' && r.field !== 'address') continue;
    const a = sums.get(r.page) ?? { s: 0, n: 0 };
    a.s += clamp01(r.confidence);
    a.n++;
    sums.set(r.page, a);
  }
  const means = new Map([...sums].map(([p, a]) => [p, a.s / a.n]));
  const best = Math.max(0, ...means.values());
  // Typed pages differ by a percent or two, which says nothing: only a clearly worse page is discounted.
  return new Map([...means].map(([p, m]) => [p, best > 0 && m / best < LEGIBLE_SHARE ? m / best : 1]));
}

function fuseField(field: ScanField, all: FieldReading[], legibility: Map<number, number> = new Map()): FusedField | null {
  // An `invalid` reading failed its field's grammar: the officer sees it, but it is never a value.
  const usable = all.filter((r) => r.method !== 'invalid' && r.text.trim() !== '' && comparisonKey(field, r.text) !== '');
  if (usable.length === 0) return null;
  const groups = new Map<string, Candidate>();
  for (const r of usable) {
    const key = comparisonKey(field, r.text);
    const g = groups.get(key) ?? { key, value: r.text, score: 0, support: 0, readings: [] };
    g.readings.push(r);
    // Serial and date copies weigh by their page's legibility (a hand-filled form against a typed certificate).
    g.support += clamp01(r.confidence) * (isSerialField(field) && r.source !== 'rubbing' ? legibility.get(r.page) ?? 1 : 1);
    groups.set(key, g);
  }
  const candidates = [...groups.values()];
  for (const g of candidates) {
    g.value = displayValue(field, g.readings);
    g.score = (g.support + agreementBonus(g.readings) + checkDigitBonus(field, g.key)) * syllableShare(field, g.value);
  }
  if (field === 'address') {
    // A long address wraps onto a second line on the form; a copy that is the start of another supports it.
    for (const g of candidates) {
      for (const h of candidates) {
        if (h !== g && h.key.length >= 10 && g.key.startsWith(h.key)) g.score += h.support + (h.readings.some((r) => !g.readings.some((x) => x.source === r.source)) ? SOURCE_AGREEMENT_BONUS : 0);
      }
    }
  }
  const copies = CONSENSUS_FIELDS.has(field) ? consensusCopies(field, usable, legibility) : null;
  if (copies) {
    // Copies of any length compete on one scale: how much of every copy's confident evidence a value agrees
    // with, plus agreement across kinds of paper and the value's own shape.
    const keys = copies.map((c) => c.map((x) => x.c).join(''));
    for (const key of consensusCandidates(copies)) {
      if (groups.has(key)) continue;
      const template = usable[nearestCopy(key, copies)];
      const readings = usable.filter((_, i) => consensusSupport(key, [copies[i]]) >= 0.5 * meanWeight(copies[i]));
      candidates.push({ key, value: withSeparators(key, template.text), score: 0, support: 0, readings: readings.length ? readings : [template] });
    }
    for (const g of candidates) {
      g.score = consensusSupport(g.key, copies) + agreementBonus(keys.some((k) => k === g.key) ? g.readings : []) + checkDigitBonus(field, g.key);
      g.positionShare = consensusShare(g.key, copies);
    }
  }
  candidates.sort((a, b) => b.score - a.score || b.readings.length - a.readings.length);
  const best = candidates[0];
  const total = usable.reduce((s, r) => s + clamp01(r.confidence), 0);
  const share = best.positionShare ?? (total > 0 ? best.support / total : 0);
  // Chance that at least one agreeing reading is right, discounted by how much of the evidence disagrees.
  const atLeastOne = 1 - best.readings.reduce((p, r) => p * (1 - clamp01(r.confidence)), 1);
  const value = field === 'owner_name' ? finishOwnerName(best.value) : field === 'address' ? capitaliseStart(best.value) : best.value;
  // One copy read once is never certain: a confident misread (6-pt digits, a handwritten J as I) reads as
  // sure as a right one. Certainty takes two copies that agree: another page, or another print on the page.
  // A name's copies are grouped without marks; it is sure only when two of them spell it with the same marks (a
  // capital's stacked mark lost by one copy is not confirmed by another that lost it too, or by one with none).
  const spelled = field === 'owner_name' ? best.readings.filter((r) => sameMarks(r.text, best.value)) : best.readings;
  const prints = new Set(spelled.map((r) => `${r.page}/${r.source}`)).size;
  // A value assembled from the copies' best characters was read whole by none of them: at each place they
  // disagree, one confident copy stands against another ("RLHAS…" and "RLHJA…" gave "RLHAA…"), so it is asked.
  const assembled = copies !== null && !usable.some((r) => comparisonKey(field, r.text) === best.key);
  const confidence = prints >= 2 && !assembled ? share * atLeastOne : Math.min(share * atLeastOne, SINGLE_COPY_CEILING);
  return { value, confidence: Number(clamp01(confidence).toFixed(4)) };
}

/**
 * A name is Vietnamese syllables: a copy with a word no syllable can be ("Mink" for Minh, a hand's h read k) is a
 * misread, and weighs by the share of its words that are syllables against a copy of the same confidence that
 * reads every word as one ("PHAM MINH THAO" over "Pham Mink Thai").
 */
function syllableShare(field: ScanField, value: string): number {
  if (field !== 'owner_name') return 1;
  const words = value.split(/\s+/).filter(Boolean);
  return words.length ? nameSyllables(words) / words.length : 1;
}

/** Whether two spellings of a text are the same letters with the same marks, case aside. */
const sameMarks = (a: string, b: string): boolean => a.normalize('NFC').toLocaleLowerCase('vi') === b.normalize('NFC').toLocaleLowerCase('vi');

/** Extra score for agreement between different kinds of paper. */
function agreementBonus(readings: FieldReading[]): number {
  // A read no second read confirmed (a rubbing capped at 0.5) is no independent kind of paper agreeing.
  const sure = readings.filter((r) => r.confidence >= CONFIRMED_READ);
  return Math.max(0, new Set(sure.map((r) => r.source)).size - 1) * SOURCE_AGREEMENT_BONUS;
}

/**
 * Evidence from the value's own shape: a valid VIN check digit, a plate in a Vietnamese plate format, a
 * citizen ID of 9 or 12 digits. A value failing these is never rejected (old frames, data slips exist); it
 * only loses a close vote to one that passes.
 */
function checkDigitBonus(field: ScanField, key: string): number {
  if (field === 'chassis') return vinCheckDigitValid(key) === true ? CHECK_DIGIT_BONUS : 0;
  if (field === 'plate') return normalizePlate(key).ok ? SHAPE_BONUS : 0;
  if (field === 'owner_id') return key.length === 9 || key.length === 12 ? SHAPE_BONUS : 0;
  return 0;
}

/**
 * The value a group shows. Serials: the most confident reading. Names and addresses: copies of one group
 * differ only in case and diacritics, so each character is voted on by its confidence across copies (a mark
 * one copy lost is restored by another), with a slight lean to marked letters (OCR drops marks more often than
 * it invents them); letter case comes from a mixed-case copy when there is one (certificates print capitals).
 */
function displayValue(field: ScanField, readings: FieldReading[]): string {
  const sorted = [...readings].sort((a, b) => b.confidence - a.confidence);
  if (isSerialField(field) || readings.length < 2) return sorted[0].text;
  const texts = sorted.map((r) => [...r.text.normalize('NFC')]);
  if (texts.some((t) => t.length !== texts[0].length)) return sorted[0].text;
  const caseModel = sorted.find((r) => r.text !== r.text.toUpperCase())?.text.normalize('NFC');
  const modelChars = caseModel ? [...caseModel] : null;
  let out = '';
  for (let i = 0; i < texts[0].length; i++) {
    const votes = new Map<string, number>();
    sorted.forEach((r, k) => {
      const c = texts[k][i].toLowerCase();
      const w = (r.chars.length === texts[k].length ? r.chars[i].confidence : r.confidence) + (markCount(c) > 0 ? MARK_BONUS : 0);
      votes.set(c, (votes.get(c) ?? 0) + w);
    });
    const c = [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const upper = modelChars ? modelChars[i] !== modelChars[i].toLowerCase() : true;
    out += upper ? c.toUpperCase() : c;
  }
  return out;
}

/** Serial fields whose comparison key is letters and digits only, so copies can be aligned character by character. */
const CONSENSUS_FIELDS = new Set<ScanField>(['plate', 'chassis', 'engine', 'owner_id']);
/** Characters a serial's key can hold: anything else a read produced (Ø, », a seal's curl) is no evidence. */
const KEY_ALPHABET = /^[A-Z0-9]$/;

const meanWeight = (cs: KeyChar[]): number => (cs.length ? cs.reduce((s, x) => s + x.w, 0) / cs.length : 0);

/**
 * Each reading's key characters weighted by confidence (and, off rubbings, by its page's legibility), or
 * null when a reading's characters do not spell its key (then only whole-copy grouping applies).
 */
function consensusCopies(field: ScanField, usable: FieldReading[], legibility: Map<number, number>): KeyChar[][] | null {
  const copies: KeyChar[][] = [];
  for (const r of usable) {
    const weight = r.source === 'rubbing' ? 1 : legibility.get(r.page) ?? 1;
    const chars = r.chars.length === [...r.text].length ? r.chars : [...r.text].map((c) => ({ c, confidence: r.confidence }));
    // What follows a character the field cannot hold was read through the same debris (the read has lost
    // track of the characters): it counts a quarter.
    let debris = 1;
    const kept = chars.filter((ch) => !KEY_DROPPED.test(ch.c)).map((ch) => {
      const c = ch.c.toUpperCase().replace(/[ĐÐ]/, 'D');
      if (!KEY_ALPHABET.test(c)) debris = 0.25;
      return { c, w: KEY_ALPHABET.test(c) ? clamp01(ch.confidence) * weight * debris : 0 };
    });
    if (kept.map((x) => x.c).join('') !== comparisonKey(field, r.text)) return null;
    copies.push(kept);
  }
  return copies;
}

/** Index of the copy that agrees most with `key` (its text lends the value its separators). */
function nearestCopy(key: string, copies: KeyChar[][]): number {
  let best = 0;
  let bestScore = -1;
  copies.forEach((c, i) => {
    const s = consensusSupport(key, [c]);
    if (s > bestScore) { best = i; bestScore = s; }
  });
  return best;
}

/** `key` written with the separators (dash, dots, spaces) the template copy has around the same characters. */
export function withSeparators(key: string, template: string): string {
  const tChars = [...template];
  const keyIdx: number[] = [];
  tChars.forEach((c, i) => { if (!KEY_DROPPED.test(c)) keyIdx.push(i); });
  const tKey = keyIdx.map((i) => tChars[i].toUpperCase().replace(/[ĐÐ]/, 'D'));
  let out = '';
  let nextText = 0;
  for (const [i, j] of alignKeys([...key], tKey)) {
    if (j >= 0) {
      // Separators of the template up to its character j come first; its character itself only if kept.
      while (nextText < keyIdx[j]) out += tChars[nextText++];
      nextText = keyIdx[j] + 1;
    }
    if (i >= 0) out += j >= 0 && tKey[j] === key[i] ? tChars[keyIdx[j]] : key[i];
  }
  return out;
}
