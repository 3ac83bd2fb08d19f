/**
 * Consensus over copies of one serial that need not have the same length: a form's hand-filled copy with an
 * extra stroke read as a character, a certificate copy cut short by a seal, a rubbing with a lost digit. Each
 * copy is aligned to a centre copy (edit-distance alignment), every position and every gap between positions
 * is voted on by the copies' character confidences, and any candidate value is scored by how much confident
 * evidence across all copies it agrees with, so candidates of different lengths compete on one scale.
 */

/** A key character (separators dropped) and the weight of the evidence it carries (0–1). */
export interface KeyChar { c: string; w: number }

/**
 * A gap at either end of a copy costs less than one inside it: copies are cut short (a seal, the crop's edge)
 * far more often than they lose a character in the middle, so a short copy aligns as one block from the
 * start instead of being spread along the longer one. Still above half a substitution, so that two copies
 * differing in their last character pair it up rather than each leaving it unmatched.
 */
const END_GAP = 0.6;

/** Index pairs of an optimal alignment of a and b; -1 marks a gap on that side. */
export function alignKeys(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  // Gap costs: a gap in b at a's row i is an end gap when b has not started (j = 0) or is over (j = m).
  const gapB = (j: number): number => (j === 0 || j === m ? END_GAP : 1);
  const gapA = (i: number): number => (i === 0 || i === n ? END_GAP : 1);
  const d: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) d[i][0] = d[i - 1][0] + gapB(0);
  for (let j = 1; j <= m; j++) d[0][j] = d[0][j - 1] + gapA(0);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) d[i][j] = Math.min(d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), d[i - 1][j] + gapB(j), d[i][j - 1] + gapA(i));
  }
  const pairs: [number, number][] = [];
  let i = n;
  let j = m;
  const eq = (x: number, y: number): boolean => Math.abs(x - y) < 1e-9;
  while (i > 0 || j > 0) {
    // Diagonal first: of equally cheap alignments, the one that pairs characters up is the likelier misread.
    if (i > 0 && j > 0 && eq(d[i][j], d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))) { pairs.push([--i, --j]); }
    else if (i > 0 && eq(d[i][j], d[i - 1][j] + gapB(j))) { pairs.push([--i, -1]); }
    else { pairs.push([-1, --j]); }
  }
  return pairs.reverse();
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

/**
 * How much of the copies' evidence `key` agrees with: per copy, the weight of its characters the alignment
 * matches, over the longer of the two lengths (a copy that says more, or less, than `key` agrees less).
 */
export function consensusSupport(key: string, copies: readonly KeyChar[][]): number {
  const k = [...key];
  let sum = 0;
  for (const copy of copies) {
    if (copy.length === 0) continue;
    let matched = 0;
    for (const [i, j] of alignKeys(k, copy.map((x) => x.c))) if (i >= 0 && j >= 0 && k[i] === copy[j].c) matched += copy[j].w;
    sum += matched / Math.max(k.length, copy.length);
  }
  return sum;
}

/** Share of all the copies' character weight that `key` agrees with (1 when every copy says `key`). */
export function consensusShare(key: string, copies: readonly KeyChar[][]): number {
  const total = copies.reduce((s, c) => s + (c.length ? mean(c.map((x) => x.w)) : 0), 0);
  return total > 0 ? consensusSupport(key, copies) / total : 0;
}

interface Column { votes: Map<string, number> }

/**
 * What one copy says at each frame position (a character, '' to drop it, undefined where the copy does not
 * reach) and in each slot between positions (the characters it holds there, '' for none), with their weights.
 */
interface CopyView { cols: ({ c: string; w: number } | undefined)[]; slots: ({ c: string; w: number } | undefined)[] }

/**
 * The value voted position by position with `centre` as the frame. A copy's character votes where the
 * alignment puts it; a copy missing a character inside its own span votes to drop it, while a copy that
 * simply ends early (cut by a seal or the crop) says nothing about the positions it does not reach. An
 * extra character a copy holds between two centre positions is kept only if it outweighs the copies that
 * read nothing there. Neighbouring positions the copies dispute are voted as one run, each copy's reading of
 * it whole: a read that lost its place ("RLHAS…" against "RLHJA…") misreads characters side by side, and taking
 * each position's likeliest character from a different copy ("RLHAA…") spells what neither copy read.
 * Returns the key and, per position, the runner-up's share of the winner's weight.
 */
export function voteAround(centre: number, copies: readonly KeyChar[][]): { key: string; margins: { at: number; alt: string; ratio: number }[] } {
  const frame = copies[centre];
  const views = copies.filter((c) => c.length > 0).map((copy) => viewOf(frame, copy));
  const cols: Column[] = frame.map((_, i) => columnOf(views.map((v) => v.cols[i])));
  // slots[s]: insertions between frame positions s-1 and s.
  const slots: Column[] = Array.from({ length: frame.length + 1 }, (_, s) => columnOf(views.map((v) => v.slots[s])));
  let key = '';
  const margins: { at: number; alt: string; ratio: number }[] = [];
  const pick = (col: Column, at: number): string => {
    const ranked = [...col.votes.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 0) return '';
    if (ranked.length > 1 && ranked[0][1] > 0) margins.push({ at, alt: ranked[1][0], ratio: ranked[1][1] / ranked[0][1] });
    return ranked[0][0];
  };
  const disputed = (i: number): boolean => i < frame.length && cols[i].votes.size > 1;
  for (let i = 0; i <= frame.length; i++) {
    key += pick(slots[i], -1);
    if (i === frame.length) break;
    let end = i;
    while (disputed(end) && disputed(end + 1)) end++;
    const run = end > i ? runVote(views, i, end) : null;
    if (run !== null) {
      key += run;
      i = end;
      continue;
    }
    const at = key.length;
    const c = pick(cols[i], at);
    if (c === '') margins.pop(); // a dropped position has no place for an alternative in the result
    key += c;
  }
  return { key, margins: margins.filter((m) => m.at >= 0 && m.alt.length === 1) };
}

function viewOf(frame: readonly KeyChar[], copy: readonly KeyChar[]): CopyView {
  const pairs = alignKeys(frame.map((x) => x.c), copy.map((x) => x.c));
  const firstCopy = pairs.findIndex(([, j]) => j >= 0);
  const lastCopy = pairs.length - 1 - [...pairs].reverse().findIndex(([, j]) => j >= 0);
  const w = mean(copy.map((x) => x.w));
  const view: CopyView = { cols: frame.map(() => undefined), slots: Array.from({ length: frame.length + 1 }, () => undefined) };
  let slot = 0;
  const inserted = new Map<number, KeyChar[]>();
  pairs.forEach(([i, j], p) => {
    if (i >= 0 && j >= 0) view.cols[i] = { c: copy[j].c, w: copy[j].w };
    else if (i >= 0 && p > firstCopy && p < lastCopy) view.cols[i] = { c: '', w };
    if (i >= 0) slot = i + 1;
    else inserted.set(slot, [...(inserted.get(slot) ?? []), copy[j]]);
  });
  // A copy that reads the frame's first (last) character and nothing before (after) it says the value
  // starts (ends) there; one that ends early says nothing about the end.
  const coversFirst = pairs.some(([i, j]) => i === 0 && j >= 0);
  const coversLast = pairs.some(([i, j]) => i === frame.length - 1 && j >= 0);
  view.slots = view.slots.map((_, s) => {
    const ins = inserted.get(s);
    if (ins) return { c: ins.map((x) => x.c).join(''), w: mean(ins.map((x) => x.w)) };
    return (s > 0 && s < frame.length) || (s === 0 && coversFirst) || (s === frame.length && coversLast) ? { c: '', w } : undefined;
  });
  return view;
}

function columnOf(says: ({ c: string; w: number } | undefined)[]): Column {
  const votes = new Map<string, number>();
  for (const x of says) if (x) votes.set(x.c, (votes.get(x.c) ?? 0) + x.w);
  return { votes };
}

/**
 * The run of frame positions `from`..`to` (and the slots between them) voted whole: each copy that reaches the
 * whole run votes for its own reading of it with its characters' weight. Null when no copy reaches it all.
 */
function runVote(views: CopyView[], from: number, to: number): string | null {
  const votes = new Map<string, number>();
  for (const v of views) {
    const parts = [];
    for (let i = from; i <= to; i++) {
      if (i > from) parts.push(v.slots[i]);
      parts.push(v.cols[i]);
    }
    if (parts.some((x) => x === undefined)) continue;
    const said = parts as { c: string; w: number }[];
    const text = said.map((x) => x.c).join('');
    votes.set(text, (votes.get(text) ?? 0) + said.reduce((s, x) => s + (x.c === '' ? 0 : x.w), 0));
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  return ranked.length ? ranked[0][0] : null;
}

/**
 * Candidate values from the copies: the vote around each distinct copy, and for the vote around the
 * strongest copy, the variants that swap in a close runner-up at up to `maxSwaps` positions (so shape
 * evidence such as a VIN check digit can settle a near tie). Keys only; scoring is the caller's.
 */
export function consensusCandidates(copies: readonly KeyChar[][], maxSwaps = 3, closeRatio = 0.6): string[] {
  const usable = copies.filter((c) => c.length > 0);
  if (usable.length < 2) return [];
  const out = new Set<string>();
  const seen = new Set<string>();
  let best: { key: string; margins: { at: number; alt: string; ratio: number }[]; support: number } | null = null;
  usable.forEach((copy, i) => {
    const k = copy.map((x) => x.c).join('');
    if (seen.has(k)) return;
    seen.add(k);
    const v = voteAround(i, usable);
    if (!v.key) return;
    out.add(v.key);
    const support = consensusSupport(v.key, usable);
    if (!best || support > best.support) best = { ...v, support };
  });
  const top = best as { key: string; margins: { at: number; alt: string; ratio: number }[] } | null;
  if (top) {
    const close = top.margins.filter((m) => m.ratio >= closeRatio).sort((a, b) => b.ratio - a.ratio).slice(0, maxSwaps);
    for (let mask = 1; mask < 1 << close.length; mask++) {
      const chars = [...top.key];
      close.forEach((m, b) => { if (mask & (1 << b)) chars[m.at] = m.alt; });
      out.add(chars.join(''));
    }
  }
  return [...out];
}

