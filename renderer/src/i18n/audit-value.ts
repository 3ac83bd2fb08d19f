import type { Locale } from '../../../preload/contract';
import type { EngineMessage } from '../../../preload/messages';
import { formatDate } from '../format';
import { engineText, problemsText } from './engine-text';
import type { MessageKey, Translate } from './translate';

/** Audit actions whose before and after values are a dossier's statuses (an export: resolved → exported). */
const STATUS_ACTIONS = new Set(['export']);
const STATUSES = new Set(['processing', 'needs_review', 'resolved', 'exported', 'failed']);
/** Audit actions whose value is words the engine wrote (a batch's size): the ones an older version stored in English. */
const WORDED_ACTIONS = new Set(['export.batch']);

/**
 * An audit entry's before or after value as a screen shows it: words the engine wrote coded (`text`: a batch's
 * size) in the UI's language, a dossier's status in the UI's words (the log keeps the engine's word, `resolved`), a
 * date the reader's way, anything else (a serial, a name) as it is.
 */
export function auditValue(action: string, value: string, locale: Locale, t: Translate, text?: readonly EngineMessage[]): string {
  if (text && text.length > 0) return problemsText(text, value, locale) ?? value;
  if (STATUS_ACTIONS.has(action) && STATUSES.has(value)) return t(`scan.status.${value}` as MessageKey);
  if (WORDED_ACTIONS.has(action)) return engineText(value, locale);
  return formatDate(value, locale);
}
