/**
 * The officer's decisions. Each is checked (role, dossier state, value), applied in one transaction with its
 * audit entry and, for "paper is right" or an entered value, the record's correction (old values kept in the
 * record's history). Two officers answering the same flag at once: the second is refused unless it says the
 * same thing, which is reconciled as already done.
 */
import type { DecisionAction, DecisionRow, ReviewState, StoredFlag } from '../db/review.repo';
import { UserError } from '../errors';
import { normalizeFieldValue } from '../extraction/field-values';
import { RECORD_VALUE_FIELDS, type RecordValueField } from '../records/record';
import { requireRole, type Actor } from '../users/accounts.service';
import { evaluateDossier, settleDossier, type ReviewDeps } from './evaluate';
import { stagesOf } from '../dossier-kinds/dossier-kinds';
import { crashPoint } from '../crash-point';

export const DECISION_ACTIONS: readonly DecisionAction[] = ['keep-record', 'take-scan', 'set', 'rescan'];

export interface DecisionRequest {
  dossier: string;
  field: string;
  action: string;
  value?: string | null;
  reason?: string | null;
  /** The decision the officer saw on this flag (null: none); another one found instead is a conflict. */
  expected?: number | null;
  /** Replace an existing decision (the command line's --replace). */
  replace?: boolean;
}

export interface DecisionOutcome {
  outcome: 'decided' | 'unchanged';
  message: string;
}

export interface Deciding extends ReviewDeps {
  /** A record's values changed (the lookup index follows). */
  recordChanged: (recordId: string) => void;
}

const isRecordField = (f: string): f is RecordValueField => (RECORD_VALUE_FIELDS as readonly string[]).includes(f);

function reviewable(deps: ReviewDeps, dossier: string): ReviewState {
  const state = deps.repo.state(dossier.trim());
  if (!state) throw new UserError(`There is no dossier ${dossier}.`, 'not_found');
  if (state.status === 'exported') throw new UserError(`Dossier ${state.id} has been exported: its decisions can no longer change.`, 'conflict');
  if (state.status === 'processing') throw new UserError(`Dossier ${state.id} is still being read: decide once its pages are processed.`, 'conflict');
  if (state.status === 'failed') throw new UserError(`Dossier ${state.id} could not be read: import or re-scan it before deciding.`, 'conflict');
  return state;
}

/** The final value an action gives the field. */
function chosenValue(deps: ReviewDeps, state: ReviewState, request: DecisionRequest, flag: StoredFlag | undefined): string | null {
  const { field, action } = request;
  if (action === 'rescan') return null;
  if (action === 'set') {
    const typed = (request.value ?? '').normalize('NFC').trim();
    if (!typed) throw new UserError(`Setting ${field} on ${state.id} needs a value (--value).`, 'bad_input');
    if (field === 'record' && state.kind === 'licence') {
      const licence = deps.licences?.show(typed);
      if (!licence) throw new UserError(`There is no licence ${typed} to link dossier ${state.id} to.`, 'not_found');
      return licence.licence_no;
    }
    if (field === 'record') {
      const record = deps.records.getById(typed);
      if (!record) throw new UserError(`There is no record ${typed} to link dossier ${state.id} to.`, 'not_found');
      return record.record_id;
    }
    // A licence value is kept as the officer typed it (NFC, trimmed); vehicle values in their field's form.
    const value = state.kind === 'licence' ? typed : normalizeFieldValue(field as RecordValueField, typed);
    if (!value) throw new UserError(`"${typed}" is not a usable ${field} value for dossier ${state.id}.`, 'bad_input');
    return value;
  }
  if (!flag) throw new UserError(`Dossier ${state.id} has no flag on ${field}: use set to give it a value.`, 'not_found');
  if (flag.field === 'record' && flag.kind === 'unmatched') {
    if (action === 'keep-record') throw new UserError(`Dossier ${state.id} is linked to no record, so there is no record to keep: set the record id, or take the paper as it is.`, 'bad_input');
    return null;
  }
  if (flag.field === 'record' || flag.field === 'pages') return flag.scan_value;
  return action === 'keep-record' ? flag.record_value : flag.scan_value;
}

export async function decide(deps: Deciding, actor: Actor | null, request: DecisionRequest): Promise<DecisionOutcome> {
  const who = requireRole(actor, ['officer', 'lead'], 'decide discrepancies');
  if (!(DECISION_ACTIONS as readonly string[]).includes(request.action)) {
    throw new UserError(`"${request.action}" is not a decision: use keep-record, take-scan, set or rescan.`, 'bad_input');
  }
  const state = reviewable(deps, request.dossier);
  const field = request.field.trim();
  if (!stagesOf(state.kind).fields.includes(field) && field !== 'record' && field !== 'pages') throw new UserError(`"${request.field}" is not a field of a dossier.`, 'bad_input');
  const flag = deps.repo.flags(state.seq).find((f) => f.field === field);
  const value = chosenValue(deps, state, { ...request, field }, flag);
  const existing = flag?.decision ?? deps.repo.liveDecisions(state.seq).find((d) => d.field === field);
  if (existing && existing.action === request.action && existing.value === value) {
    return { outcome: 'unchanged', message: `${existing.user} already decided ${field} on ${state.id} the same way (${existing.action}); nothing changed.` };
  }
  if (existing && !(request.replace || (request.expected !== undefined && request.expected === existing.id))) {
    throw new UserError(
      `${existing.user} already decided ${field} on ${state.id} (${existing.action}${existing.value ? ` “${existing.value}”` : ''}) at ${existing.decided_at}; undo that decision first.`,
      'conflict',
    );
  }
  const now = new Date().toISOString();
  const reason = request.reason?.trim() || null;
  deps.repo.atomically(() => {
    if (existing) withdraw(deps, state, existing, who, now, 'replaced');
    deps.repo.insertDecision(state.seq, who.id, {
      field,
      action: request.action as DecisionAction,
      value,
      kind: flag?.kind ?? null,
      scan_value: flag?.scan_value ?? null,
      record_value: flag?.record_value ?? null,
      reason,
      decided_at: now,
    });
    // A licence record is corrected through the licence register's own decisions (engine.licences.decide).
    if ((request.action === 'take-scan' || request.action === 'set') && state.kind === 'vehicle' && isRecordField(field)) correctRecord(deps, state, field, value, `decision by ${who.name} on ${state.id}`);
    deps.audit.append({ at: now, user: who.name, action: `decide.${request.action}`, dossier: state.id, field, before: flag?.record_value ?? null, after: value, reason });
    settleDossier(deps.repo, state.seq);
    crashPoint('review.decision');
  });
  if (field === 'record') evaluateDossier(deps, state.seq);
  return { outcome: 'decided', message: `${field} on ${state.id}: ${request.action}${value ? ` “${value}”` : ''} by ${who.name}.` };
}

/** Takes back the newest decision on the dossier (or on one field), restoring a record it had corrected. */
export async function undo(deps: Deciding, actor: Actor | null, dossier: string, field?: string): Promise<DecisionOutcome> {
  const who = requireRole(actor, ['officer', 'lead'], 'undo decisions');
  const state = reviewable(deps, dossier);
  const last = deps.repo.lastDecision(state.seq, field);
  if (!last) throw new UserError(`Dossier ${state.id} has no decision${field ? ` on ${field}` : ''} to undo.`, 'not_found');
  deps.repo.atomically(() => {
    withdraw(deps, state, last, who, new Date().toISOString(), 'undone');
    settleDossier(deps.repo, state.seq);
  });
  if (last.field === 'record') evaluateDossier(deps, state.seq);
  return { outcome: 'decided', message: `${last.user}'s decision on ${last.field} of ${state.id} (${last.action}) was undone by ${who.name}.` };
}

function withdraw(deps: Deciding, state: ReviewState, d: DecisionRow, who: Actor, now: string, how: 'undone' | 'replaced'): void {
  deps.repo.undoDecision(d.id, now);
  // Put the record back only if nothing changed it since this decision did.
  if ((d.action === 'take-scan' || d.action === 'set') && state.kind === 'vehicle' && isRecordField(d.field) && state.record_id) {
    const record = deps.records.getById(state.record_id);
    if (record && record[d.field] === d.value && d.value !== d.record_value) correctRecord(deps, state, d.field, d.record_value, `${how} decision on ${state.id}`);
  }
  deps.audit.append({ at: now, user: who.name, action: `decision.${how}`, dossier: state.id, field: d.field, before: d.value, after: d.record_value, reason: `${d.user}'s ${d.action} of ${d.decided_at}` });
}

function correctRecord(deps: Deciding, state: ReviewState, field: RecordValueField, value: string | null, source: string): void {
  if (!state.record_id) return;
  const record = deps.records.getById(state.record_id);
  if (!record || record[field] === value) return;
  deps.records.correctField(state.record_id, field, value, source);
  deps.recordChanged(state.record_id);
}
