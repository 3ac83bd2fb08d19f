import type { Locale } from '../../../preload/contract';
import { formatDate } from '../format';
import type { MessageKey, Translate } from './translate';

/** Audit actions whose before and after values are a dossier's statuses (an export: resolved → exported). */
const STATUS_ACTIONS = new Set(['export']);
const STATUSES = new Set(['processing', 'needs_review', 'resolved', 'exported', 'failed']);

/**
 * An audit entry's before or after value as a screen shows it: a dossier's status in the UI's words (the log keeps
 * the engine's word, `resolved`), a date the reader's way, anything else (a serial, a name) as it is.
 */
export function auditValue(action: string, value: string, locale: Locale, t: Translate): string {
  if (STATUS_ACTIONS.has(action) && STATUSES.has(value)) return t(`scan.status.${value}` as MessageKey);
  return formatDate(value, locale);
}
