/** One column of two aligned values: the record's character, the paper's, and whether they differ. */
export interface DiffCell {
  record: string | null;
  scan: string | null;
  /** Index of the paper's character in the scanned value (for its confidence), null for a gap. */
  scanIndex: number | null;
  same: boolean;
}

/**
 * Aligns the record's value with the paper's character by character (Levenshtein, values are short), so a
 * slip, a missing or an extra character each show as one highlighted column instead of shifting the rest.
 * Case is compared as is: serials are upper case, and a name's case is part of what the officer must see.
 */
export function charDiff(record: string, scan: string): DiffCell[] {
  const a = [...record];
  const b = [...scan];
  const cols = b.length + 1;
  const cost = new Uint16Array((a.length + 1) * cols);
  for (let i = 0; i <= a.length; i++) cost[i * cols] = i;
  for (let j = 0; j <= b.length; j++) cost[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const sub = cost[(i - 1) * cols + j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      cost[i * cols + j] = Math.min(sub, cost[(i - 1) * cols + j]! + 1, cost[i * cols + j - 1]! + 1);
    }
  }
  const cells: DiffCell[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 || j > 0) {
    const here = cost[i * cols + j]!;
    if (i > 0 && j > 0 && here === cost[(i - 1) * cols + j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)) {
      cells.push({ record: a[i - 1]!, scan: b[j - 1]!, scanIndex: j - 1, same: a[i - 1] === b[j - 1] });
      i--;
      j--;
    } else if (i > 0 && here === cost[(i - 1) * cols + j]! + 1) {
      cells.push({ record: a[i - 1]!, scan: null, scanIndex: null, same: false });
      i--;
    } else {
      cells.push({ record: null, scan: b[j - 1]!, scanIndex: j - 1, same: false });
      j--;
    }
  }
  return cells.reverse();
}
