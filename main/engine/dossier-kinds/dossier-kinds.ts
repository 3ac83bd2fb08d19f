import type { DossierKind } from '../db/dossiers.repo';
import type { DossierKindStages } from './dossier-kind';
import { licenceStages } from './licence.kind';
import { vehicleStages } from './vehicle.kind';

const STAGES: Record<DossierKind, DossierKindStages> = { vehicle: vehicleStages, licence: licenceStages };

/** The stages that differ for a dossier of `kind` (dossier-kind.ts). */
export function stagesOf(kind: DossierKind): DossierKindStages {
  return STAGES[kind] ?? vehicleStages;
}
