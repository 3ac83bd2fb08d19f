/**
 * Fusion for a licence dossier: every reading of a field (a card's front, its back, a second photo of it) is
 * evidence; readings are grouped by what they say and the group with most confidence wins. As for vehicle
 * dossiers, one copy read once is never certain (at most 0.89, below the review threshold): certainty takes
 * two prints that agree.
 */
import type { FusedField } from '../../domain/field-reading';
import { foldVietnamese } from '../../text/vietnamese';
import { titleCaseName } from '../vietnamese-names';
import { voteName } from './holder-name-read';
import { LICENCE_CARD_FIELDS, type LicenceCardField } from './licence-grammar';

export type LicenceFusedFields = Record<LicenceCardField, FusedField | null>;

/** The most a value found on one copy only can claim (the review threshold is 0.9). */
const SINGLE_COPY_CEILING = 0.89;

/** The form two readings of a field are compared in. */
export function licenceKey(field: LicenceCardField, value: string): string {
  const v = value.normalize('NFC').trim();
  if (field === 'licence_no') return v.toUpperCase().replace(/[\s.-]/g, '');
  if (field === 'full_name') return v.toLocaleUpperCase('vi').replace(/\s+/g, ' ');
  if (field === 'class') return v.toUpperCase().split(/[\s,;]+/).filter(Boolean).sort().join(',');
  return v;
}

/** The readings' fields fused; a reading whose field is no licence field (or `invalid`) is left out. */
export function fuseLicenceReadings(readings: readonly { field: string; text: string; confidence: number; page: number; source: string; method?: string }[]): LicenceFusedFields {
  const out = {} as LicenceFusedFields;
  for (const field of LICENCE_CARD_FIELDS) {
    const own = readings.filter((r) => r.field === field && r.method !== 'invalid' && r.text.trim() !== '');
    out[field] = fuseField(field, own);
  }
  return out;
}

function fuseField(field: LicenceCardField, own: readonly { text: string; confidence: number; page: number; source: string }[]): FusedField | null {
  if (own.length === 0) return null;
  // Names group by their letters: copies differing only in marks are one name whose marks are voted on.
  const groupKey = (text: string): string => (field === 'full_name' ? foldVietnamese(licenceKey(field, text)) : licenceKey(field, text));
  const groups = new Map<string, typeof own[number][]>();
  for (const r of own) groups.set(groupKey(r.text), [...(groups.get(groupKey(r.text)) ?? []), r]);
  const support = (rs: readonly { confidence: number }[]): number => rs.reduce((a, r) => a + Math.max(0, Math.min(1, r.confidence)), 0);
  const [best] = [...groups.values()].sort((a, b) => support(b) - support(a) || b.length - a.length);
  const total = support(own);
  const share = total > 0 ? support(best!) / total : 0;
  const atLeastOne = 1 - best!.reduce((p, r) => p * (1 - Math.max(0, Math.min(1, r.confidence))), 1);
  const prints = new Set(best!.map((r) => `${r.page}/${r.source}`)).size;
  const confidence = prints >= 2 ? share * atLeastOne : Math.min(share * atLeastOne, SINGLE_COPY_CEILING);
  const sorted = [...best!].sort((a, b) => b.confidence - a.confidence);
  const value = field === 'full_name' ? titleCaseName(voteName(sorted.map((r) => r.text))) : sorted[0]!.text;
  return { value, confidence: Number(Math.max(0, Math.min(1, confidence)).toFixed(4)) };
}
