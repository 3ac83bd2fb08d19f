import type { DecisionAction, ReviewDossier, ReviewFlag } from '../../../preload/contract';
import type { MessageKey } from '../i18n/translate';

type DossierKind = ReviewDossier['kind'];

export interface FlagAction {
  action: DecisionAction;
  label: MessageKey;
  /** `set` opens the value editor instead of deciding at once. */
  edits?: boolean;
}

/**
 * The answers that fit a flag's kind. A field that differs is settled by choosing the record, the paper, a typed
 * value or a re-scan; a dossier linked to no record is linked to a candidate (in the link panel) or to a typed
 * record id, or kept as the paper stands; two dossiers of one vehicle are both kept, or this one goes to another
 * record; pages scanned twice are kept or scanned again; a retired vehicle's paper is confirmed set apart. "Record is
 * right" never shows where there is no record.
 */
export function actionsFor(flag: ReviewFlag | undefined, dossierKind: DossierKind = 'vehicle'): FlagAction[] {
  if (!flag) return [];
  if (flag.field === 'record' && flag.kind === 'unmatched') {
    // A paper licence is linked by its licence number to a licence record, not by a vehicle record's id.
    const licence = dossierKind === 'licence';
    return [
      { action: 'set', label: licence ? 'review.action.linkLicence' : 'review.action.linkRecord', edits: true },
      { action: 'take-scan', label: licence ? 'review.action.noLicence' : 'review.action.noRecord' },
      { action: 'rescan', label: 'review.action.rescan' },
    ];
  }
  if (flag.kind === 'retired') {
    // The vehicle is on the department's retired list: the officer confirms the paper was pulled from the shelf.
    return [{ action: 'keep-record', label: 'review.action.separate' }];
  }
  if (flag.kind === 'duplicate' && flag.field === 'record') {
    return [
      { action: 'take-scan', label: 'review.action.keepBoth' },
      { action: 'set', label: 'review.action.otherRecord', edits: true },
      { action: 'rescan', label: 'review.action.rescan' },
    ];
  }
  if (flag.kind === 'duplicate') {
    return [
      { action: 'take-scan', label: 'review.action.keepBoth' },
      { action: 'rescan', label: 'review.action.rescan' },
    ];
  }
  return [
    { action: 'keep-record', label: 'review.action.keep-record' },
    { action: 'take-scan', label: 'review.action.take-scan' },
    { action: 'set', label: 'review.action.set', edits: true },
    { action: 'rescan', label: 'review.action.rescan' },
  ];
}
