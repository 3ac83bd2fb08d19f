/**
 * Why a record matched, as a code with parameters. The command line prints the English sentence `reasonText`
 * writes (its `why` contract); the UI renders the same code from its Vietnamese and English catalogues, so no
 * English sentence is ever matched back. Positions are 0-based here, shown 1-based.
 */

// The reasons' shapes are the domain's (domain/link.ts): search answers and links carry them across the contract.
import type { Confusion, EditDetail, LinkReason } from '../domain/link';
export type { Confusion, EditDetail, LinkReason, MatchReason } from '../domain/link';

/** Every code, for the catalogues' completeness test. */
export const REASON_CODES = ['match.exact', 'match.confusion', 'match.edit', 'link.matches', 'link.differs', 'link.owner-name'] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

function confusionsText(diffs: readonly Confusion[]): string {
  const parts = diffs.map((d, i) =>
    i === 0 ? `"${d.read}" is read as "${d.as}" (position ${d.at + 1})` : `"${d.read}" as "${d.as}" (position ${d.at + 1})`,
  );
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function editText(field: string, edit: EditDetail): string {
  const p = edit.at + 1;
  switch (edit.op) {
    case 'substitute':
      return `${field} differs by one character: "${edit.search}" in the search text where the record has "${edit.record}" (position ${p})`;
    case 'transpose':
      return `${field} differs by two neighbouring characters swapped: "${edit.first}" and "${edit.second}" at positions ${p}–${p + 1}`;
    case 'extra':
      return `${field} has one character fewer: the search text has an extra "${edit.search}" at position ${p}`;
    case 'missing':
      return `${field} has one character more: the search text is missing "${edit.record}" at position ${p}`;
  }
}

/** The English sentence of a reason (the command line's `why`). */
export function reasonText(reason: LinkReason): string {
  switch (reason.code) {
    case 'match.exact':
      return `${reason.field} matches exactly`;
    case 'match.confusion':
      return `${reason.field} matches if ${confusionsText(reason.confusions)}`;
    case 'match.edit': {
      const slip = editText(reason.field, reason.edit);
      return reason.confusions.length === 0 ? slip : `${slip}, and matches if ${confusionsText(reason.confusions)}`;
    }
    case 'link.matches':
      return `${reason.field} matches`;
    case 'link.differs':
      return `${reason.field} differs`;
    case 'link.owner-name':
      return 'owner name matches';
  }
}
