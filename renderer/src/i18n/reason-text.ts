import type { LinkReason, LinkVerdictCode, Locale } from '../../../preload/contract';
import { reasonMessage, reasonsMessage, verdictMessage, type LinkSubject } from '../../../preload/messages';
import { engineText } from './engine-text';

/**
 * Why a dossier was linked and why a search found a record, in the UI's language: the engine's codes rendered from
 * the one catalogue (main/engine/domain/messages/link.messages.ts) the command line's English comes from too.
 */

/** One reason. */
export function reasonText(reason: LinkReason, locale: Locale): string {
  return engineText(reasonMessage(reason), locale);
}

/** A candidate's reasons, joined. */
export function reasonsText(reasons: readonly LinkReason[], locale: Locale): string {
  return engineText(reasonsMessage(reasons), locale);
}

/** The link's outcome; a licence card's dossier names the licence it was linked to as a licence. */
export function verdictText(verdict: LinkVerdictCode, locale: Locale, subject: LinkSubject = 'record'): string {
  return engineText(verdictMessage(verdict, subject), locale);
}
