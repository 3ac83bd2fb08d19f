/**
 * A link's verdict and a match's reasons (domain/link.ts: codes with their own parameters) as catalogue messages,
 * so the command line's `why` and `reason` and the screens' sentences come from one catalogue (link.messages.ts).
 * Positions are 0-based in a reason, 1-based in the sentence.
 */
import type { Confusion, EditDetail, LinkReason, LinkVerdictCode } from './link';
import { isMessageCode, say } from './messages/catalogue';
import type { EngineMessage, MessageParam } from './messages/message';
import { renderMessage } from './messages/render';

/** What a verdict links: a station record, or a driving licence (a licence card's dossier). */
export type LinkSubject = 'record' | 'licence';

/** A key named in a reason ("chassis", "citizen ID", "licence number") as a term each language names its way. */
function fieldOf(field: string): MessageParam {
  const code = `reason_field.${field.toLowerCase().replace(/ /g, '_')}`;
  return isMessageCode(code) ? { code, params: {} } : field;
}

/** "a", "a and b", "a, b and c". */
function listed(parts: readonly EngineMessage[]): MessageParam {
  if (parts.length <= 1) return parts[0] ?? '';
  const some = parts.slice(0, -1).reduce((first, next) => say('list.comma', { first, next }));
  return say('list.and', { first: some, last: parts[parts.length - 1]! });
}

function confusions(list: readonly Confusion[]): MessageParam {
  return listed(list.map((d, i) => say(i === 0 ? 'reason.read_as' : 'reason.then_as', { read: d.read, as: d.as, position: d.at + 1 })));
}

function slip(field: MessageParam, edit: EditDetail): EngineMessage {
  const position = edit.at + 1;
  switch (edit.op) {
    case 'substitute':
      return say('reason.substitute', { field, search: edit.search, record: edit.record, position });
    case 'transpose':
      return say('reason.transpose', { field, first: edit.first, second: edit.second, position, next: position + 1 });
    case 'extra':
      return say('reason.extra', { field, search: edit.search, position });
    case 'missing':
      return say('reason.missing', { field, record: edit.record, position });
  }
}

/** One reason. */
export function reasonMessage(reason: LinkReason): EngineMessage {
  switch (reason.code) {
    case 'match.exact':
      return say('reason.exact', { field: fieldOf(reason.field) });
    case 'match.confusion':
      return say('reason.confusion', { field: fieldOf(reason.field), confusions: confusions(reason.confusions) });
    case 'match.edit': {
      const slipped = slip(fieldOf(reason.field), reason.edit);
      return reason.confusions.length === 0 ? slipped : say('reason.slip_and_confusion', { slip: slipped, confusions: confusions(reason.confusions) });
    }
    case 'link.matches':
      return say('reason.matches', { field: fieldOf(reason.field) });
    case 'link.differs':
      return say('reason.differs', { field: fieldOf(reason.field) });
    case 'link.owner-name':
      return say('reason.owner_name');
  }
}

/** A candidate's reasons, "; " between them ("nothing in common" for none). */
export function reasonsMessage(reasons: readonly LinkReason[]): EngineMessage {
  if (reasons.length === 0) return say('reason.nothing');
  return reasons.map(reasonMessage).reduce((first, next) => say('list.semicolon', { first, next }));
}

/** The link's verdict; `subject` tells a licence card's link from a vehicle dossier's. */
export function verdictMessage(verdict: LinkVerdictCode, subject: LinkSubject = 'record'): EngineMessage {
  switch (verdict.code) {
    case 'link.linked': {
      const why = reasonsMessage(verdict.reasons);
      return subject === 'licence' ? say('link.linked_licence', { licence: verdict.record_id, why }) : say('link.linked', { record: verdict.record_id, why });
    }
    case 'link.manual':
      return subject === 'licence'
        ? say('link.manual_licence', { licence: verdict.record_id, user: verdict.user })
        : say('link.manual', { record: verdict.record_id, user: verdict.user });
    case 'link.none':
      return say('link.none');
    case 'link.no-vehicle':
      return say('link.no_vehicle');
    case 'link.tie':
      return say('link.tie', { count: verdict.count });
    case 'link.no-licence':
      return say('link.no_licence');
    case 'link.no-licences':
      return say('link.no_licences');
    case 'link.licence-tie':
      return say('link.licence_tie', { count: verdict.count });
  }
}

/** A verdict as the engine keeps it: its code, and the English sentence the command line prints. */
export function verdictSaid(code: LinkVerdictCode, subject: LinkSubject = 'record'): { reason: string; reason_code: LinkVerdictCode } {
  return { reason: renderMessage(verdictMessage(code, subject), 'en'), reason_code: code };
}
