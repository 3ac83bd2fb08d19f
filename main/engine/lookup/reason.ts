/**
 * Why a record matched, as a code with parameters. The command line prints the English sentence `reasonText`
 * renders from the catalogue (domain/messages/link.messages.ts; its `why` contract); the UI renders the same code
 * in its language, so no English sentence is ever matched back. Positions are 0-based here, shown 1-based.
 */

// The reasons' shapes are the domain's (domain/link.ts): search answers and links carry them across the contract.
import type { LinkReason } from '../domain/link';
import { reasonMessage, reasonsMessage } from '../domain/link-said';
import { renderMessage } from '../domain/messages/render';
export type { Confusion, EditDetail, LinkReason, MatchReason } from '../domain/link';

/** Every code, for the catalogues' completeness test. */
export const REASON_CODES = ['match.exact', 'match.confusion', 'match.edit', 'link.matches', 'link.differs', 'link.owner-name'] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** The English sentence of a reason (the command line's `why`). */
export function reasonText(reason: LinkReason): string {
  return renderMessage(reasonMessage(reason), 'en');
}

/** The English of a candidate's reasons, "; " between them. */
export function reasonsText(reasons: readonly LinkReason[]): string {
  return renderMessage(reasonsMessage(reasons), 'en');
}
