/**
 * The separator sheet's bar code: "SOHOA-SEP" in ASCII, one bit per element, elements alternating bar/space
 * (narrow = 0, wide = 1) and closed by a narrow bar. Reading only needs relative widths, so it is the same at
 * any resolution, and read backwards when the sheet was fed upside down.
 */
export const SEPARATOR_TEXT = 'SOHOA-SEP';
export const NARROW_UNITS = 1;
export const WIDE_UNITS = 3;

/** Element widths in units, first and last are bars. */
export const SEPARATOR_ELEMENTS: readonly number[] = (() => {
  const bits: number[] = [];
  for (const ch of SEPARATOR_TEXT) for (let b = 7; b >= 0; b--) bits.push((ch.charCodeAt(0) >> b) & 1);
  return [...bits.map((bit) => (bit ? WIDE_UNITS : NARROW_UNITS)), NARROW_UNITS];
})();
export const SEPARATOR_UNITS = SEPARATOR_ELEMENTS.reduce((a, b) => a + b, 0);

/** Allowed misread elements in one scan line (blur, dust, a pen mark across the code). */
const MAX_MISMATCHES = 4;

/**
 * True when the run lengths of one scan line (alternating, `firstDark` says whether runs[0] is ink) contain the
 * code, forwards or backwards.
 */
export function runsContainCode(runs: readonly number[], firstDark: boolean): boolean {
  const n = SEPARATOR_ELEMENTS.length;
  for (let i = firstDark ? 0 : 1; i + n <= runs.length; i += 2) {
    let total = 0;
    for (let k = 0; k < n; k++) total += runs[i + k];
    const unit = total / SEPARATOR_UNITS;
    if (unit < 1.5) continue;
    // The code needs a quiet margin on both sides, so it cannot be a slice of denser marks.
    if ((i > 0 && runs[i - 1] < 3 * unit) || (i + n < runs.length && runs[i + n] < 3 * unit)) continue;
    for (const backwards of [false, true]) {
      let mismatches = 0;
      for (let k = 0; k < n && mismatches <= MAX_MISMATCHES; k++) {
        const width = runs[backwards ? i + n - 1 - k : i + k] / unit;
        if (width > 5 || width < 0.3) { mismatches = MAX_MISMATCHES + 1; break; }
        const read = width >= 2 ? WIDE_UNITS : NARROW_UNITS;
        if (read !== SEPARATOR_ELEMENTS[k]) mismatches++;
      }
      if (mismatches <= MAX_MISMATCHES) return true;
    }
  }
  return false;
}
