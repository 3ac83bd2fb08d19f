/** A vehicle's registration dossier: the pipeline as it was built for declaration forms, rubbings and certificates. */
import { analyzePage } from '../extraction/analyze-page';
import { fuseReadings } from '../extraction/fuse';
import { fieldFlags, RETIRED_SEVERITY } from '../review/flags';
import type { ReviewFlag } from '../domain/review';
import { linkDossier, type LinkVerdict } from '../review/link-dossier';
import { SCAN_FIELDS } from '../domain/field-reading';
import { verdictSaid } from '../domain/link-said';
import type { DossierKindStages } from './dossier-kind';

export const vehicleStages: DossierKindStages = {
  fields: SCAN_FIELDS,
  fieldFinding: (image, pool) => analyzePage(image, pool),
  fusion: fuseReadings,
  link(deps, fields, readings, manual) {
    const manualRecord = manual ? deps.records.getById(manual.value) : undefined;
    const verdict: LinkVerdict = manualRecord
      ? {
          record: manualRecord,
          confidence: 1,
          ...verdictSaid({ code: 'link.manual', record_id: manualRecord.record_id, user: manual!.user }),
          candidates: [],
        }
      : linkDossier(fields, deps.find);
    const { record, ...rest } = verdict;
    const flags: ReviewFlag[] = [];
    if (record) {
      const mark = deps.retiredMark?.(record.record_id);
      if (mark) flags.push({ field: 'record', kind: 'retired', scan_value: record.record_id, record_value: mark.reason, hint: null, severity: RETIRED_SEVERITY, readings: [], decision: null });
      flags.push(...fieldFlags(fields, record, readings));
    }
    return { recordId: record?.record_id ?? null, verdict: rest, flags };
  },
};
