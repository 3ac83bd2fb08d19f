/**
 * The declaration's third leg (issue 17): a declared vehicle that has a scanned dossier is compared with what the
 * paper says — the plate, chassis and engine numbers fused from every copy on the paper — after the same
 * canonicalisation as the record comparison. A value the paper did not yield is named too (nothing to agree with).
 */
import type { PaperDossier } from '../db/declaration-paper.repo';
import { canonicalPlateKey, serialKey } from '../records/normalize';
import type { Declaration } from './declaration-columns';
import type { PaperCheck, PaperDifference } from '../domain/declaration';

// A declared serial beside the paper's, and a dossier's check, are the domain's (main/engine/domain/declaration.ts).
export type { PaperCheck, PaperDifference };

const SERIALS: readonly [PaperDifference['field'], (s: string) => string][] = [
  ['plate', canonicalPlateKey],
  ['chassis', serialKey],
  ['engine', serialKey],
];

export function paperCheck(declaration: Pick<Declaration, 'plate' | 'chassis' | 'engine'>, dossier: PaperDossier): PaperCheck {
  const differences: PaperDifference[] = [];
  const paper = dossier.fields as Record<string, { value: string } | null> | null;
  for (const [field, key] of SERIALS) {
    const declared = declaration[field];
    if (declared === null) continue;
    const read = paper?.[field]?.value ?? null;
    if (read === null || key(read) !== key(declared)) differences.push({ field, declared, paper: read });
  }
  return { dossier_id: dossier.id, agrees: differences.every((d) => d.paper === null), differences };
}
