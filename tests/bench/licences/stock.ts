/**
 * The stock reference for licence pages: Debian's `tesseract PAGE - -l vie` on each whole page (default
 * segmentation, one process at a time), then simple label regexes over the text, as a clerk's script would do.
 * A page holding two cards gives the i-th match of each field to the i-th card.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import type { LicenceTruthField } from '../../corpus/licences/truth';

export const stockAvailable = (): boolean => spawnSync('tesseract', ['--version']).status === 0;

export function stockRead(file: string): { text: string; seconds: number } {
  const t = Date.now();
  const text = execFileSync('tesseract', [file, '-', '-l', 'vie'], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 24 }).toString('utf8');
  return { text, seconds: (Date.now() - t) / 1000 };
}

const iso = (d: string, m: string, y: string): string => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
const DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;

const RULES: Record<LicenceTruthField, { re: RegExp; value: (m: RegExpExecArray) => string }> = {
  licence_no: { re: /(?<![\d])(\d{12}|\d{10}|[A-Z]{2} \d{6})(?!\d)/g, value: (m) => m[1]! },
  full_name: { re: /(?:H[ọo]\s*(?:và\s*)?t[êe]n|Full\s*name)[^:\n]{0,20}:\s*([^\n]+)/giu, value: (m) => m[1]!.trim() },
  birth_date: { re: new RegExp(String.raw`(?:sinh|birth)[^:\n]{0,30}:\s*${DATE}`, 'giu'), value: (m) => iso(m[1]!, m[2]!, m[3]!) },
  class: { re: /(?:H[ạa]ng|Class)[^:\n]{0,10}:\s*([A-F][0-9E]?)\b/giu, value: (m) => m[1]! },
  issued_on: { re: new RegExp(String.raw`(?:ng[àa]y\s*(\d{1,2})\s*th[áa]ng\s*(\d{1,2})\s*n[ăa]m\s*(\d{4}))|(?:c[ấa]p|issue)[^:\n]{0,20}:\s*${DATE}`, 'giu'), value: (m) => (m[1] ? iso(m[1], m[2]!, m[3]!) : iso(m[4]!, m[5]!, m[6]!)) },
};

/** Each field's matches in page order. */
export function stockFields(text: string): Record<LicenceTruthField, string[]> {
  const out = {} as Record<LicenceTruthField, string[]>;
  for (const [field, rule] of Object.entries(RULES) as [LicenceTruthField, (typeof RULES)[LicenceTruthField]][]) {
    out[field] = [...text.matchAll(rule.re)].map((m) => rule.value(m as RegExpExecArray));
  }
  return out;
}
