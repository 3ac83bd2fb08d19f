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
import { SCAN_FIELDS, type FieldReading, type FusedField, type FusedFields, type ScanField } from '../scan/scan.types';
import { comparisonKey, isSerialField } from './field-values';
import { capitaliseStart, finishOwnerName } from './vietnamese-names';

/** Score added per extra kind of paper that agrees (certificate + form beats two reads of one form). */
const SOURCE_AGREEMENT_BONUS = 0.35;
/** Score added when a 17-character chassis value passes the ISO 3779 check digit. */
const CHECK_DIGIT_BONUS = 0.3;
/** Score added when a plate parses as a Vietnamese plate, or a citizen ID has a valid length. */
const SHAPE_BONUS = 0.2;
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
  const usable = all.filter((r) => r.text.trim() !== '' && comparisonKey(field, r.text) !== '');
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
    g.score = g.support + agreementBonus(g.readings) + checkDigitBonus(field, g.key);
  }
  if (field === 'address') {
    // A long address wraps onto a second line on the form; a copy that is the start of another supports it.
    for (const g of candidates) {
      for (const h of candidates) {
        if (h !== g && h.key.length >= 10 && g.key.startsWith(h.key)) g.score += h.support + (h.readings.some((r) => !g.readings.some((x) => x.source === r.source)) ? SOURCE_AGREEMENT_BONUS : 0);
      }
    }
  }
  if (isSerialField(field)) {
    const vote = positionVote(field, usable, candidates, legibility);
    if (vote) {
      // Candidates of the voted length are scored on the same per-position scale as the assembled value, so
      // partial agreement counts; the whole-copy bonuses still apply on top.
      for (const g of candidates) {
        if (g.key.length === vote.composite.key.length) {
          g.score = positionSupport(g.key, vote.columns) + agreementBonus(g.readings) + checkDigitBonus(field, g.key);
        }
      }
      if (!groups.has(vote.composite.key)) candidates.push(vote.composite);
    }
  }
  candidates.sort((a, b) => b.score - a.score || b.readings.length - a.readings.length);
  const best = candidates[0];
  const total = usable.reduce((s, r) => s + clamp01(r.confidence), 0);
  const share = best.positionShare ?? (total > 0 ? best.support / total : 0);
  // Chance that at least one agreeing reading is right, discounted by how much of the evidence disagrees.
  const atLeastOne = 1 - best.readings.reduce((p, r) => p * (1 - clamp01(r.confidence)), 1);
  const value = field === 'owner_name' ? finishOwnerName(best.value) : field === 'address' ? capitaliseStart(best.value) : best.value;
  return { value, confidence: Number(clamp01(share * atLeastOne).toFixed(4)) };
}

/** Extra score for agreement between different kinds of paper. */
function agreementBonus(readings: FieldReading[]): number {
  return (new Set(readings.map((r) => r.source)).size - 1) * SOURCE_AGREEMENT_BONUS;
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
      const w = (r.chars.length === texts[k].length ? r.chars[i].confidence : r.confidence) + (c.normalize('NFD').length > 1 || c === 'đ' ? 0.05 : 0);
      votes.set(c, (votes.get(c) ?? 0) + w);
    });
    const c = [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const upper = modelChars ? modelChars[i] !== modelChars[i].toLowerCase() : true;
    out += upper ? c.toUpperCase() : c;
  }
  return out;
}

/** Key characters of a reading with their confidences (separators dropped, as comparisonKey does). */
function keyChars(r: FieldReading, weight = 1): { c: string; w: number }[] {
  const chars = r.chars.length === [...r.text].length ? r.chars : [...r.text].map((c) => ({ c, confidence: r.confidence }));
  return chars.filter((ch) => !KEY_DROPPED.test(ch.c)).map((ch) => ({ c: ch.c.toUpperCase().replace(/[ĐÐ]/, 'D'), w: clamp01(ch.confidence) * weight }));
}

/**
 * Per-position vote over the readings whose keys have the most common length (ties: the best group's). Only
 * when at least two readings of that length disagree; gives a candidate whose score is comparable to a group's.
 */
function positionVote(field: ScanField, usable: FieldReading[], groups: Candidate[], legibility: Map<number, number>): { composite: Candidate; columns: { c: string; w: number }[][] } | null {
  const byLength = new Map<number, FieldReading[]>();
  for (const r of usable) {
    const len = comparisonKey(field, r.text).length;
    byLength.set(len, [...(byLength.get(len) ?? []), r]);
  }
  const [len, same] = [...byLength.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  if (same.length < 2 || new Set(same.map((r) => comparisonKey(field, r.text))).size < 2) return null;
  const weight = (r: FieldReading): number => (r.source === 'rubbing' ? 1 : legibility.get(r.page) ?? 1);
  const columns = same.map((r) => keyChars(r, weight(r)));
  if (columns.some((c) => c.length !== len)) return null;
  let key = '';
  let winning = 0;
  let shareSum = 0;
  for (let i = 0; i < len; i++) {
    const votes = new Map<string, number>();
    let total = 0;
    for (const chars of columns) {
      votes.set(chars[i].c, (votes.get(chars[i].c) ?? 0) + chars[i].w);
      total += chars[i].w;
    }
    const [c, w] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
    key += c;
    winning += w;
    shareSum += total > 0 ? w / total : 0;
  }
  // A template reading gives the value its separators and case (e.g. the dash of an engine number).
  const template = groups.find((g) => g.key.length === len)?.readings[0] ?? same[0];
  let k = 0;
  let value = '';
  for (const ch of template.text) {
    if (KEY_DROPPED.test(ch)) {
      value += ch;
    } else {
      value += ch.toUpperCase().replace(/[ĐÐ]/, 'D') === key[k] ? ch : key[k];
      k++;
    }
  }
  const contributing = same.filter((r) => keyChars(r).some((ch, i) => ch.c === key[i]));
  // No agreement bonus: a value assembled from copies that each say something else is not an agreement.
  const composite = {
    key,
    value,
    score: winning / len + checkDigitBonus(field, key),
    support: winning / len,
    readings: contributing,
    positionShare: shareSum / len,
  };
  return { composite, columns };
}

/** Mean over positions of the confidence of the characters that agree with `key` there. */
function positionSupport(key: string, columns: { c: string; w: number }[][]): number {
  let sum = 0;
  for (let i = 0; i < key.length; i++) for (const chars of columns) if (chars[i].c === key[i]) sum += chars[i].w;
  return sum / key.length;
}
