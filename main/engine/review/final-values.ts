import type { DecisionRow } from '../db/review.repo';
import { SCAN_FIELDS, type FusedFields, type ScanField } from '../domain/field-reading';

/** The dossier's final values: what a live decision chose, else what the paper says (`fields`: its kind's; a vehicle's by default). */
export function finalValues(fused: FusedFields | null, decisions: readonly DecisionRow[]): Record<ScanField, string | null>;
export function finalValues(fused: FusedFields | null, decisions: readonly DecisionRow[], fields: readonly string[]): Record<string, string | null>;
export function finalValues(fused: FusedFields | null, decisions: readonly DecisionRow[], fields: readonly string[] = SCAN_FIELDS): Record<string, string | null> {
  const decided = new Map(decisions.filter((d) => d.action !== 'rescan').map((d) => [d.field, d.value]));
  const paper = fused as Record<string, { value: string } | null> | null;
  return Object.fromEntries(fields.map((f) => [f, decided.has(f) ? decided.get(f)! : (paper?.[f]?.value ?? null)]));
}
