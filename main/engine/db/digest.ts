/**
 * A 52-bit fingerprint of a row's values, stored beside it, so re-importing a million unchanged rows compares
 * one integer per row instead of reading every column back. (Records keep their own, older fingerprint.)
 */
export function valuesDigest(values: readonly (string | null)[]): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const s of values) {
    if (s === null) {
      h1 = Math.imul(h1 ^ 0xff, 16777619);
      continue;
    }
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 16777619);
      h2 = Math.imul(h2 ^ c, 2246822519) ^ (h2 >>> 13);
    }
    h1 = Math.imul(h1 ^ 0x1f, 16777619);
    h2 = Math.imul(h2 ^ 0x1f, 2246822519);
  }
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
}
