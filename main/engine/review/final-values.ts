import type { DecisionRow } from '../db/review.repo';
import { SCAN_FIELDS, type FusedFields, type ScanField } from '../domain/page-reading';

/** The dossier's final values: what a live decision chose, else what the paper says. */
export function finalValues(fused: FusedFields | null, decisions: readonly DecisionRow[]): Record<ScanField, string | null> {
  const decided = new Map(decisions.filter((d) => d.action !== 'rescan').map((d) => [d.field, d.value]));
  return Object.fromEntries(SCAN_FIELDS.map((f) => [f, decided.has(f) ? decided.get(f)! : (fused?.[f]?.value ?? null)])) as Record<ScanField, string | null>;
}
