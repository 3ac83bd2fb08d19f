/**
 * Folded text and approximate matching for finding printed labels in OCR lines: OCR drops or swaps Vietnamese
 * diacritics, so labels are matched on folded text (lower case, no marks, đ→d) with a few edits allowed.
 */
/** Lower-case, diacritics and đ removed, one output char per input char (so indices stay aligned). */
export function fold(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += (base === 'đ' || base === 'Đ' ? 'd' : base.toLowerCase()).slice(0, 1) || ' ';
  }
  return out;
}

/** Best approximate occurrence of pat in text (Sellers' algorithm), at most k edits: [start, end, edits]. */
export function approxFind(text: string, pat: string, k: number): [number, number, number] | null {
  const m = pat.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  let prevStart = new Array<number>(m + 1).fill(0);
  let best: [number, number, number] | null = null;
  for (let j = 1; j <= text.length; j++) {
    const cur = [0];
    const curStart = [j];
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1] + (pat[i - 1] === text[j - 1] ? 0 : 1);
      const del = prev[i] + 1;
      const ins = cur[i - 1] + 1;
      const v = Math.min(sub, del, ins);
      cur.push(v);
      curStart.push(v === sub ? prevStart[i - 1] : v === del ? prevStart[i] : curStart[i - 1]);
    }
    if (cur[m] <= k && (!best || cur[m] < best[2])) best = [curStart[m], j, cur[m]];
    prev = cur;
    prevStart = curStart;
  }
  return best;
}

/** A value without the label's tail and the leftovers of its dotted leader. */
export function cleanValue(v: string): string {
  return v.replace(/^[^:;]{0,30}?[:;]/, '') // "(Owner's full name):" tail of the label
    .replace(/[.…_·,:;]{3,}.*$/, '') // what is left of a dotted leader is junk
    .replace(/[.…_·,:;]{2,}/g, ' ').replace(/[|~]/g, ' ')
    .replace(/\s+/g, ' ').trim().replace(/^[-.,:;]+|[-.,:;]+$/g, '').trim();
}
