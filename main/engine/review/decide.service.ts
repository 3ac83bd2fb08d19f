/**
 * The officer's decisions. Each is checked (role, dossier state, value), applied in one transaction with its
 * audit entry and, for "paper is right" or an entered value, the record's correction (old values kept in the
 * record's history). Two officers answering the same flag at once: the second is refused unless it says the
 * same thing, which is reconciled as already done.
 */
import type { DecisionAction, DecisionRow, ReviewState, StoredFlag } from '../db/review.repo';
import type { HistorySource } from '../db/history-source';
import { UserError } from '../errors';
import { normalizeFieldValue } from '../extraction/field-values';
import { RECORD_VALUE_FIELDS, type RecordValueField } from '../records/record';
import { licenceRecordValue, type CorrectableLicenceField } from '../licences/normalize-licence';
import { requireRole, type Actor } from '../users/accounts.service';
import { evaluateDossier, settleDossier, type ReviewDeps } from './evaluate';
import { stagesOf } from '../dossier-kinds/dossier-kinds';
import { crashPoint } from '../crash-point';
import { say, termOf } from '../domain/messages/catalogue';
import type { EngineMessage } from '../domain/messages/message';
import { renderMessage } from '../domain/messages/render';
import { storedMessage } from '../domain/messages/stored';
import type { InputOf } from '../domain/call';
import type { ReviewCalls } from '../domain/review.calls';

export const DECISION_ACTIONS: readonly DecisionAction[] = ['keep-record', 'take-scan', 'set', 'rescan'];

/**
 * A decision on one flag: the `review.decide` call's input (domain/review.calls.ts), except that the action is any
 * word (the command line passes it as typed; an unknown one is refused in its own sentence), and the command line's
 * `replace` (replace an existing decision, --replace), which the contract has not.
 */
export type DecisionRequest = Omit<InputOf<ReviewCalls, 'review.decide'>, 'action'> & { action: string; replace?: boolean };

export interface DecisionOutcome {
  outcome: 'decided' | 'unchanged';
  /** What was done, in English (the command line's words). */
  message: string;
  /** The same, coded, for the screens. */
  text: EngineMessage;
}

function outcome(kind: DecisionOutcome['outcome'], text: EngineMessage): DecisionOutcome {
  return { outcome: kind, message: renderMessage(text, 'en'), text };
}

export interface Deciding extends ReviewDeps {
  /** A record's values changed (the lookup index follows). */
  recordChanged: (recordId: string) => void;
  /** Corrects a licence record's field (history kept; its lookup and its holder's reconciliation follow). */
  correctLicence?: (licenceNo: string, field: CorrectableLicenceField, value: string | null, source: HistorySource) => void;
}

const isRecordField = (f: string): f is RecordValueField => (RECORD_VALUE_FIELDS as readonly string[]).includes(f);
/** A licence card's fields the licence record takes from paper: all but its number, the record's key. */
const LICENCE_RECORD_FIELDS: readonly string[] = ['full_name', 'birth_date', 'class', 'issued_on'];
const isLicenceRecordField = (f: string): f is CorrectableLicenceField => LICENCE_RECORD_FIELDS.includes(f);

function reviewable(deps: ReviewDeps, dossier: string): ReviewState {
  const state = deps.repo.state(dossier.trim());
  if (!state) throw new UserError(say('review.no_dossier', { dossier }), 'not_found');
  if (state.status === 'exported') throw new UserError(say('review.exported', { dossier: state.id }), 'conflict');
  if (state.status === 'processing') throw new UserError(say('review.processing', { dossier: state.id }), 'conflict');
  if (state.status === 'failed') throw new UserError(say('review.failed', { dossier: state.id }), 'conflict');
  return state;
}

/** The final value an action gives the field. */
function chosenValue(deps: ReviewDeps, state: ReviewState, request: DecisionRequest, flag: StoredFlag | undefined): string | null {
  const { field, action } = request;
  if (action === 'rescan') return null;
  if (action === 'set') {
    const typed = (request.value ?? '').normalize('NFC').trim();
    if (!typed) throw new UserError(say('review.set_needs_value', { field: termOf('field', field), dossier: state.id }), 'bad_input');
    if (field === 'record' && state.kind === 'licence') {
      const licence = deps.licences?.show(typed);
      if (!licence) throw new UserError(say('review.no_licence_to_link', { licence: typed, dossier: state.id }), 'not_found');
      return licence.licence_no;
    }
    if (field === 'record') {
      const record = deps.records.getById(typed);
      if (!record) throw new UserError(say('review.no_record_to_link', { record: typed, dossier: state.id }), 'not_found');
      return record.record_id;
    }
    // A licence value is kept as the officer typed it (NFC, trimmed); vehicle values in their field's form.
    const value = state.kind === 'licence' ? typed : normalizeFieldValue(field as RecordValueField, typed);
    if (!value) throw new UserError(say('review.unusable_value', { value: typed, field: termOf('field', field), dossier: state.id }), 'bad_input');
    return value;
  }
  if (!flag) throw new UserError(say('review.no_flag', { dossier: state.id, field: termOf('field', field) }), 'not_found');
  if (flag.field === 'record' && flag.kind === 'unmatched') {
    if (action === 'keep-record') throw new UserError(say('review.no_record_to_keep', { dossier: state.id }), 'bad_input');
    return null;
  }
  if (flag.field === 'record' || flag.field === 'pages') return flag.scan_value;
  return action === 'keep-record' ? flag.record_value : flag.scan_value;
}

export async function decide(deps: Deciding, actor: Actor | null, request: DecisionRequest): Promise<DecisionOutcome> {
  const who = requireRole(actor, ['officer', 'lead'], say('doing.decide_discrepancies'));
  if (!(DECISION_ACTIONS as readonly string[]).includes(request.action)) {
    throw new UserError(say('review.not_a_decision', { action: request.action }), 'bad_input');
  }
  const state = reviewable(deps, request.dossier);
  const field = request.field.trim();
  if (!stagesOf(state.kind).fields.includes(field) && field !== 'record' && field !== 'pages') throw new UserError(say('review.not_a_field', { field: request.field }), 'bad_input');
  const flag = deps.repo.flags(state.seq).find((f) => f.field === field);
  const value = chosenValue(deps, state, { ...request, field }, flag);
  const existing = flag?.decision ?? deps.repo.liveDecisions(state.seq).find((d) => d.field === field);
  if (existing && existing.action === request.action && existing.value === value) {
    return outcome('unchanged', say('decision.unchanged', { user: existing.user, field: termOf('field', field), dossier: state.id, action: termOf('action', existing.action) }));
  }
  if (existing && !(request.replace || (request.expected !== undefined && request.expected === existing.id))) {
    const decided = { user: existing.user, field: termOf('field', field), dossier: state.id, action: termOf('action', existing.action), at: existing.decided_at };
    throw new UserError(say('review.already_decided', { ...decided, value: existing.value ? say('review.decided_value', { value: existing.value }) : '' }), 'conflict');
  }
  const now = new Date().toISOString();
  const reason = request.reason?.trim() || null;
  // A value set on a field without a flag: the record's value then is what an undo puts back.
  const recordBefore = flag ? flag.record_value : linkedValue(deps, state, field);
  deps.repo.atomically(() => {
    if (existing) withdraw(deps, state, existing, who, now, 'replaced');
    deps.repo.insertDecision(state.seq, who.id, {
      field,
      action: request.action as DecisionAction,
      value,
      kind: flag?.kind ?? null,
      scan_value: flag?.scan_value ?? null,
      record_value: recordBefore,
      reason,
      decided_at: now,
    });
    if (request.action === 'take-scan' || request.action === 'set') {
      const source = say('history.decision', { user: who.name, dossier: state.id });
      if (state.kind === 'vehicle' && isRecordField(field)) correctRecord(deps, state, field, value, source);
      if (state.kind === 'licence' && isLicenceRecordField(field)) correctLicence(deps, state, field, value, source);
    }
    deps.audit.append({ at: now, user: who.name, action: `decide.${request.action}`, dossier: state.id, field, before: recordBefore, after: value, reason });
    settleDossier(deps.repo, state.seq);
    crashPoint('review.decision');
  });
  if (field === 'record') evaluateDossier(deps, state.seq);
  const made = { field: termOf('field', field), dossier: state.id, action: termOf('action', request.action), user: who.name };
  return outcome('decided', say('decision.made', { ...made, value: value ? say('review.decided_value', { value }) : '' }));
}

/** Takes back the newest decision on the dossier (or on one field), restoring a record it had corrected. */
export async function undo(deps: Deciding, actor: Actor | null, dossier: string, field?: string): Promise<DecisionOutcome> {
  const who = requireRole(actor, ['officer', 'lead'], say('doing.undo_decisions'));
  const state = reviewable(deps, dossier);
  const last = deps.repo.lastDecision(state.seq, field);
  if (!last) throw new UserError(field ? say('review.no_decision_on', { dossier: state.id, field: termOf('field', field) }) : say('review.no_decision', { dossier: state.id }), 'not_found');
  deps.repo.atomically(() => {
    withdraw(deps, state, last, who, new Date().toISOString(), 'undone');
    settleDossier(deps.repo, state.seq);
  });
  if (last.field === 'record') evaluateDossier(deps, state.seq);
  return outcome('decided', say('decision.undone', { user: last.user, field: termOf('field', last.field), dossier: state.id, action: termOf('action', last.action), by: who.name }));
}

function withdraw(deps: Deciding, state: ReviewState, d: DecisionRow, who: Actor, now: string, how: 'undone' | 'replaced'): void {
  deps.repo.undoDecision(d.id, now);
  const source = say(how === 'undone' ? 'history.undone_decision' : 'history.replaced_decision', { dossier: state.id });
  // Put the record back only if nothing changed it since this decision did.
  if ((d.action === 'take-scan' || d.action === 'set') && state.kind === 'vehicle' && isRecordField(d.field) && state.record_id) {
    const record = deps.records.getById(state.record_id);
    if (record && record[d.field] === d.value && d.value !== d.record_value) correctRecord(deps, state, d.field, d.record_value, source);
  }
  if ((d.action === 'take-scan' || d.action === 'set') && state.kind === 'licence' && isLicenceRecordField(d.field) && state.record_id) {
    const licence = deps.licences?.show(state.record_id);
    if (licence && licence[d.field] === licenceRecordValue(d.field, d.value) && d.value !== d.record_value) {
      correctLicence(deps, state, d.field, d.record_value, source, true);
    }
  }
  deps.audit.append({ at: now, user: who.name, action: `decision.${how}`, dossier: state.id, field: d.field, before: d.value, after: d.record_value, reason: storedMessage(say('decision.withdrawn_of', { user: d.user, action: termOf('action', d.action), at: d.decided_at })) });
}

/** The linked record's (or licence's) value of a field, null when nothing is linked or the field is not the record's. */
function linkedValue(deps: Deciding, state: ReviewState, field: string): string | null {
  if (!state.record_id) return null;
  if (state.kind === 'licence') return isLicenceRecordField(field) ? (deps.licences?.show(state.record_id)?.[field] ?? null) : null;
  return isRecordField(field) ? (deps.records.getById(state.record_id)?.[field] ?? null) : null;
}

/** The linked licence takes the value in its own form (`asStored`: a value it held before, put back as it was). */
function correctLicence(deps: Deciding, state: ReviewState, field: CorrectableLicenceField, value: string | null, source: HistorySource, asStored = false): void {
  if (!state.record_id || !deps.correctLicence) return;
  const licence = deps.licences?.show(state.record_id);
  const next = asStored ? value : licenceRecordValue(field, value);
  if (!licence || licence[field] === next) return;
  deps.correctLicence(state.record_id, field, next, source);
}

function correctRecord(deps: Deciding, state: ReviewState, field: RecordValueField, value: string | null, source: HistorySource): void {
  if (!state.record_id) return;
  const record = deps.records.getById(state.record_id);
  if (!record || record[field] === value) return;
  deps.records.correctField(state.record_id, field, value, source);
  deps.recordChanged(state.record_id);
}
