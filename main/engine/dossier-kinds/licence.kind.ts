/**
 * A paper driving licence: cards read by their own reader (extraction/licence), one dossier per card, linked to
 * the licence record by its number (OCR-tolerant), else by holder name and birth date, and flagged field by
 * field against that record. Licence fields travel in the dossier's field map like vehicle fields do.
 */
import { analyzeLicencePage } from '../extraction/licence/analyze-licence-page';
import { fuseLicenceReadings, type LicenceFusedFields } from '../extraction/licence/licence-fuse';
import { LICENCE_CARD_FIELDS } from '../extraction/licence/licence-grammar';
import { licenceFlags } from '../review/licence/licence-flags';
import { linkLicence, type LicenceVerdict } from '../review/licence/licence-link';
import { cardGroups } from '../scan/licence-dossiers';
import { verdictSaid } from '../domain/link-said';
import type { FieldReading, FusedFields, PageAnalysis } from '../domain/field-reading';
import type { DossierKindStages } from './dossier-kind';

// Licence fields share the dossier's field map and readings table with vehicle fields; the types name vehicle
// fields, so the licence values cross that boundary here, in one place.
const asDossierFields = (fields: LicenceFusedFields): FusedFields => fields as unknown as FusedFields;
const asLicenceFields = (fields: FusedFields): LicenceFusedFields => fields as unknown as LicenceFusedFields;

export const licenceStages: DossierKindStages = {
  fields: LICENCE_CARD_FIELDS,
  async fieldFinding(image, pool): Promise<PageAnalysis> {
    const { cards, problem } = await analyzeLicencePage(image, pool);
    const front = cards.find((c) => c.side === 'front') ?? cards[0];
    return {
      rotation: 0,
      skew: 0,
      blank: false,
      kind: cards.length ? 'certificate' : 'other',
      words: cards.flatMap((c) => c.words),
      readings: (front ? front.readings : []) as unknown as PageAnalysis['readings'],
      // A page whose found shapes were no card says so; a card's own problems are its front's.
      problems: problem ? [problem] : front?.problems ?? [],
    };
  },
  fusion: (readings) => asDossierFields(fuseLicenceReadings(readings)),
  regroup: (pages, readings) => cardGroups(pages, readings),
  link(deps, fields, readings, manual) {
    const lookup = deps.licences;
    const licence = manual && lookup ? lookup.show(manual.value) : null;
    const verdict: LicenceVerdict = licence
      ? {
          licence,
          confidence: 1,
          ...verdictSaid({ code: 'link.manual', record_id: licence.licence_no, user: manual!.user }, 'licence'),
          candidates: [],
        }
      : lookup
        ? linkLicence(asLicenceFields(fields), lookup)
        : { licence: null, confidence: 0, ...verdictSaid({ code: 'link.no-licences' }, 'licence'), candidates: [] };
    const { licence: linked, ...rest } = verdict;
    const flags = linked ? licenceFlags(asLicenceFields(fields), linked, readings as FieldReading[]) : [];
    return { recordId: linked?.licence_no ?? null, verdict: rest, flags };
  },
};
