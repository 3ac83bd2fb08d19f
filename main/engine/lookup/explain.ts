/**
 * How a stored key relates to the search text: kind, score and a plain sentence for the officer.
 *
 * The index only proposes candidates; this is where the difference is spelled out, so that an OCR
 * confusion or a typing slip is shown as a difference (DESIGN.md) and never silently treated as equal.
 * Positions are 1-based, counted in the key without spaces, dots and dashes.
 */

import { confusionFold, isConfusionPair } from './fold';
import { reasonText, type Confusion, type EditDetail, type MatchReason } from './reason';

export type HitKind = 'exact' | 'confusion' | 'edit' | 'confusion+edit';

export interface Explanation {
  kind: HitKind;
  score: number;
  /** The English sentence (the command line's `why`), written from `reason`. */
  why: string;
  reason: MatchReason;
}

function explained(kind: HitKind, score: number, reason: MatchReason): Explanation {
  return { kind, score, why: reasonText(reason), reason };
}

/** One Damerau-Levenshtein edit between a search key and a stored key, positions 0-based. */
export type Edit =
  | { op: 'substitute'; at: number }
  | { op: 'transpose'; at: number }
  | { op: 'extra'; at: number } // the search text has one character the record lacks, at `at` of the text
  | { op: 'missing'; at: number }; // the search text lacks the record's character at `at` of the record

/** Compares search key `q` with stored key `k` (both from `searchKey`); null when neither equal nor one edit apart after folding. */
export function explainMatch(field: string, q: string, k: string): Explanation | null {
  if (q === k) return explained('exact', 1, { code: 'match.exact', field });
  const fq = confusionFold(q);
  const fk = confusionFold(k);
  if (fq === fk) {
    const diffs = confusionsAligned(q, k, 0, 0, q.length);
    return explained('confusion', Math.max(0.75, 0.9 - 0.04 * (diffs.length - 1)), { code: 'match.confusion', field, confusions: diffs });
  }
  const found = findOneEdit(fq, fk);
  if (found === null) return null;
  const { edit, diffs } = bestAlignment(q, k, fq, fk, found);
  const reason: MatchReason = { code: 'match.edit', field, edit: editDetail(q, k, edit), confusions: diffs };
  if (diffs.length === 0) return explained('edit', 0.7, reason);
  return explained('confusion+edit', Math.max(0.4, 0.6 - 0.04 * (diffs.length - 1)), reason);
}

/** The single Damerau-Levenshtein edit turning folded `a` (search) into folded `b` (record), if any. */
export function findOneEdit(a: string, b: string): Edit | null {
  const la = a.length;
  const lb = b.length;
  let i = 0;
  const shorter = Math.min(la, lb);
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (i === la) return null;
    if (a.slice(i + 1) === b.slice(i + 1)) return { op: 'substitute', at: i };
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) {
      return { op: 'transpose', at: i };
    }
    return null;
  }
  if (la === lb + 1) return a.slice(i + 1) === b.slice(i) ? { op: 'extra', at: i } : null;
  if (la + 1 === lb) return a.slice(i) === b.slice(i + 1) ? { op: 'missing', at: i } : null;
  return null;
}

/** Raw-character differences between q[qi..qi+n) and k[ki..ki+n), which folding says are confusions. */
function confusionsAligned(q: string, k: string, qi: number, ki: number, n: number): Confusion[] {
  const out: Confusion[] = [];
  for (let j = 0; j < n; j++) {
    const a = q[qi + j];
    const b = k[ki + j];
    if (a !== b && isConfusionPair(a, b)) out.push({ read: a, as: b, at: ki + j });
  }
  return out;
}

function confusionsAround(q: string, k: string, edit: Edit): Confusion[] {
  const at = edit.at;
  switch (edit.op) {
    case 'substitute':
      return [...confusionsAligned(q, k, 0, 0, at), ...confusionsAligned(q, k, at + 1, at + 1, q.length - at - 1)];
    case 'transpose':
      return [
        ...confusionsAligned(q, k, 0, 0, at),
        ...confusionsAligned(q, k, at, at + 1, 1),
        ...confusionsAligned(q, k, at + 1, at, 1),
        ...confusionsAligned(q, k, at + 2, at + 2, q.length - at - 2),
      ].sort((x, y) => x.at - y.at);
    case 'extra':
      return [...confusionsAligned(q, k, 0, 0, at), ...confusionsAligned(q, k, at + 1, at, k.length - at)];
    case 'missing':
      return [...confusionsAligned(q, k, 0, 0, at), ...confusionsAligned(q, k, at, at + 1, q.length - at)];
  }
}

/**
 * An inserted or dropped character inside a run of look-alikes can be placed anywhere in the run
 * ("L1" vs "1": the extra one is the L, not the 1). Pick the place that leaves the fewest confusions, so
 * a plain slip is not reported as a slip plus a confusion.
 */
function bestAlignment(q: string, k: string, fq: string, fk: string, edit: Edit): { edit: Edit; diffs: Confusion[] } {
  let best = { edit, diffs: confusionsAround(q, k, edit) };
  if (edit.op !== 'extra' && edit.op !== 'missing') return best;
  // The common-prefix scan in findOneEdit lands on the last character of the run; try the others.
  const run = edit.op === 'extra' ? fq : fk;
  for (let at = edit.at - 1; at >= 0 && run[at] === run[edit.at] && best.diffs.length > 0; at--) {
    const candidate: Edit = { op: edit.op, at };
    const diffs = confusionsAround(q, k, candidate);
    if (diffs.length < best.diffs.length) best = { edit: candidate, diffs };
  }
  return best;
}

/** The slip with the characters involved, for the reason. */
function editDetail(q: string, k: string, edit: Edit): EditDetail {
  switch (edit.op) {
    case 'substitute':
      return { op: 'substitute', at: edit.at, search: q[edit.at], record: k[edit.at] };
    case 'transpose':
      return { op: 'transpose', at: edit.at, first: k[edit.at], second: k[edit.at + 1] };
    case 'extra':
      return { op: 'extra', at: edit.at, search: q[edit.at] };
    case 'missing':
      return { op: 'missing', at: edit.at, record: k[edit.at] };
  }
}
