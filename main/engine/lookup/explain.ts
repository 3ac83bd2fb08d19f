/**
 * How a stored key relates to the search text: kind, score and a plain sentence for the officer.
 *
 * The index only proposes candidates; this is where the difference is spelled out, so that an OCR
 * confusion or a typing slip is shown as a difference (DESIGN.md) and never silently treated as equal.
 * Positions are 1-based, counted in the key without spaces, dots and dashes.
 */

import { confusionFold, isConfusionPair } from './fold';

export type HitKind = 'exact' | 'confusion' | 'edit' | 'confusion+edit';

export interface Explanation {
  kind: HitKind;
  score: number;
  why: string;
}

/** One Damerau-Levenshtein edit between a search key and a stored key, positions 0-based. */
export type Edit =
  | { op: 'substitute'; at: number }
  | { op: 'transpose'; at: number }
  | { op: 'extra'; at: number } // the search text has one character the record lacks, at `at` of the text
  | { op: 'missing'; at: number }; // the search text lacks the record's character at `at` of the record

/** Compares search key `q` with stored key `k` (both from `searchKey`); null when neither equal nor one edit apart after folding. */
export function explainMatch(field: string, q: string, k: string): Explanation | null {
  if (q === k) return { kind: 'exact', score: 1, why: `${field} matches exactly` };
  const fq = confusionFold(q);
  const fk = confusionFold(k);
  if (fq === fk) {
    const diffs = confusionsAligned(q, k, 0, 0, q.length);
    return {
      kind: 'confusion',
      score: Math.max(0.75, 0.9 - 0.04 * (diffs.length - 1)),
      why: `${field} matches if ${describeConfusions(diffs)}`,
    };
  }
  const found = findOneEdit(fq, fk);
  if (found === null) return null;
  const { edit, diffs } = bestAlignment(q, k, fq, fk, found);
  const editWhy = describeEdit(field, q, k, edit);
  if (diffs.length === 0) return { kind: 'edit', score: 0.7, why: editWhy };
  return {
    kind: 'confusion+edit',
    score: Math.max(0.4, 0.6 - 0.04 * (diffs.length - 1)),
    why: `${editWhy}, and matches if ${describeConfusions(diffs)}`,
  };
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

interface Confusion {
  read: string;
  as: string;
  at: number;
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

function describeEdit(field: string, q: string, k: string, edit: Edit): string {
  const p = edit.at + 1;
  switch (edit.op) {
    case 'substitute':
      return `${field} differs by one character: "${q[edit.at]}" in the search text where the record has "${k[edit.at]}" (position ${p})`;
    case 'transpose':
      return `${field} differs by two neighbouring characters swapped: "${k[edit.at]}" and "${k[edit.at + 1]}" at positions ${p}–${p + 1}`;
    case 'extra':
      return `${field} has one character fewer: the search text has an extra "${q[edit.at]}" at position ${p}`;
    case 'missing':
      return `${field} has one character more: the search text is missing "${k[edit.at]}" at position ${p}`;
  }
}

function describeConfusions(diffs: readonly Confusion[]): string {
  const parts = diffs.map((d, i) =>
    i === 0 ? `"${d.read}" is read as "${d.as}" (position ${d.at + 1})` : `"${d.read}" as "${d.as}" (position ${d.at + 1})`,
  );
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
