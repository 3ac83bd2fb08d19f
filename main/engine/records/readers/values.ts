/**
 * Non-text values (numbers, dates) as the text a clerk would have typed. A 12-digit citizen ID stored as a
 * number must come out as its 12 digits, never "1.23456789012e+11".
 */

/** A number in plain decimal notation, without exponent. */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  const s = String(n);
  if (!s.includes('e')) return s;
  // Tiny or huge fractions: 20 decimals is beyond any field a record holds; trailing zeros trimmed.
  return n.toFixed(20).replace(/\.?0+$/, '');
}

/** A Date as yyyy-mm-dd (UTC: spreadsheet dates carry no time zone and exceljs returns them at UTC midnight). */
export function isoDate(date: Date): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
