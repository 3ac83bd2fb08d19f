/**
 * The stock reference: Debian's `tesseract PAGE - -l vie` on each whole page (default segmentation, one
 * process at a time), then five simple label regexes over the dossier's text, as a clerk's script would do.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import type { TruthField } from '../../corpus/form-page';

export const STOCK_FIELDS: TruthField[] = ['plate', 'chassis', 'engine', 'owner_id', 'owner_name'];

// Each field: its label (any case), then on the same line the value's shape (case-sensitive).
const RULES: Record<string, [RegExp, RegExp]> = {
  plate: [/Bi[eể]n\s*s[oố]/i, /^[0-9]{2}[A-ZĐ0-9]{0,3}[-\s]?[A-ZĐ0-9]{0,3}[-\s]?[0-9]{3,4}\.?[0-9]{0,2}/],
  chassis: [/S[oố]\s*khung/i, /^[A-Z0-9][A-Z0-9-]{5,19}/],
  engine: [/S[oố]\s*m[aá]y/i, /^[A-Z0-9][A-Z0-9-]{4,19}/],
  owner_id: [/CCCD|CMND|đ[iị]nh\s*danh|ID\b/i, /^\d{9,12}/],
  owner_name: [/T[eê]n\s*ch[uủ]\s*xe|H[oọ]\s*(?:v[aà]\s*)?t[eê]n/i, /^\p{Lu}[^\n:()]{2,60}/u],
};

/** The first value of `field` after one of its labels: past a colon within 40 characters, else past a gloss. */
function find(text: string, [label, shape]: [RegExp, RegExp]): string | undefined {
  const re = new RegExp(label.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let rest = text.slice(m.index + m[0].length).split('\n')[0]!;
    const colon = rest.slice(0, 40).search(/[:;]/);
    rest = colon >= 0 ? rest.slice(colon + 1) : rest.replace(/^\s*(?:xe\s*)?\([^)]*\)/, '');
    const v = shape.exec(rest.replace(/^[\s_.|-]+/, ''));
    if (v) return v[0];
  }
  return undefined;
}

export const stockAvailable = (): boolean => spawnSync('tesseract', ['--version']).status === 0;

/** Reads every page; returns the text and the seconds spent in tesseract. */
export function stockRead(pageFiles: string[]): { text: string; seconds: number } {
  const t = Date.now();
  const text = pageFiles.map((p) => execFileSync('tesseract', [p, '-', '-l', 'vie'], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 24 }).toString('utf8')).join('\n');
  return { text, seconds: (Date.now() - t) / 1000 };
}

/** The five fields the regexes find in the text (first match), leaders and trailing dots stripped. */
export function stockFields(text: string): Partial<Record<TruthField, string>> {
  const out: Partial<Record<TruthField, string>> = {};
  for (const f of STOCK_FIELDS) {
    const m = find(text, RULES[f]!);
    if (m) out[f] = m.replace(/[.…_-]{2,}.*$/, '').replace(/[_|]+/g, ' ').replace(/\s{2,}.*$/, '').replace(/\s+(?:Năm|Ngày|cấp|CCCD|Số)\b.*$/u, '').trim();
  }
  return out;
}
