/**
 * Every record's owner checked against the population register, and the officers' decisions on what differs,
 * through the shared reconciliation flow (reconcile/subject-reconciler) with the owner as its subject.
 */
import type { AuditRepo } from '../db/audit.repo';
import type { ReconcileRepo } from '../db/reconcile.repo';
import type { RecordsRepo } from '../db/records.repo';
import type { ResidentsRepo } from '../db/residents.repo';
import { createSubjectReconciler, DECISION_ACTIONS, type ChangedPeople, type StatusCounts, type SubjectResult } from '../reconcile/subject-reconciler';
import type { ReconcileStatus } from '../reconcile/subject';
import type { OwnerResult } from '../domain/reconcile';
import type { OwnerFactField, RecordValueField } from '../records/record';
import type { Actor } from '../users/accounts.service';
import { OWNER_FIELDS, ownerField } from './owner-subject';
import { say } from '../domain/messages/catalogue';
import type { EngineMessage } from '../domain/messages/message';
import type { InputOf } from '../domain/call';
import type { OwnersCalls } from '../domain/owners.calls';


/** One record's result as `owners reconcile --json` prints it (CLI.md): the domain's. */
export type { OwnerResult };

/**
 * An officer's decision on one owner difference: the `owners.decide` call's input (domain/owners.calls.ts), except
 * that the action is any word — the command line passes it as typed and `decide` refuses an unknown one in its own
 * sentence.
 */
export type OwnerDecisionRequest = Omit<InputOf<OwnersCalls, 'owners.decide'>, 'action'> & { action: string };

export interface OwnerDecisionOutcome {
  outcome: 'decided' | 'unchanged';
  /** What happened, in English (the command line prints it); `text` is its coded message. */
  message: string;
  text: EngineMessage;
  result: OwnerResult;
}

export interface OwnersDeps {
  repo: ReconcileRepo;
  residents: ResidentsRepo;
  records: RecordsRepo;
  audit: AuditRepo;
  /** A record's values changed (the lookup index follows). */
  recordChanged(recordId: string): void;
}

export const OWNER_ACTIONS = DECISION_ACTIONS;

const asOwner = ({ key, ...rest }: SubjectResult): OwnerResult => ({ record_id: key, ...rest });

export function createOwners(deps: OwnersDeps): {
  reconcileAll(): StatusCounts;
  results(all: boolean, status?: ReconcileStatus): Generator<OwnerResult>;
  counts(): StatusCounts;
  window(status: ReconcileStatus | 'not_match', offset: number, limit: number): { total: number; rows: OwnerResult[] };
  check(recordId: string): OwnerResult;
  /** Records stored by an import or a correction: their owners checked again. */
  recordsChanged(seqs: readonly number[]): number;
  /** The register's people an import changed: every record they may touch checked again. */
  peopleChanged(people: ChangedPeople): number;
  decide(actor: Actor | null, request: OwnerDecisionRequest): OwnerDecisionOutcome;
  decideMany(actor: Actor | null, requests: readonly OwnerDecisionRequest[]): { decided: string[]; skipped: { record: string; reason: string; text?: EngineMessage }[] };
} {
  const reconciler = createSubjectReconciler(
    {
      kind: 'owner',
      fields: OWNER_FIELDS,
      sentences: {
        alreadySame: (user, field, key, action) => say('owner.already_same', { user, field, key, action }),
        alreadyOther: (user, field, key, action, at) => say('owner.already_other', { user, field, key, action, at }),
        noDifference: (key, field) => say('owner.no_difference', { key, field }),
        decided: (field, key, action, value, user) => (value === null ? say('owner.decided', { field, key, action, user }) : say('owner.decided_value', { field, key, action, value, user })),
      },
      notFound: (key) => say('owner.no_record', { key }),
      deciding: say('doing.decide_owner_differences'),
      badAction: (action) => say('owner.bad_action', { action }),
      badField: (field) => say('owner.bad_field', { field }),
      fieldOf: ownerField,
      auditPrefix: 'owner',
      correctionSource: (user) => say('history.owner_decision', { user }),
      correct: (key, field, value, source, now) => deps.records.correctField(key, field as RecordValueField | OwnerFactField, value, source, now),
      changed: deps.recordChanged,
    },
    deps,
  );
  return {
    reconcileAll: () => reconciler.reconcileAll(),
    *results(all, status) {
      for (const r of reconciler.results(all, status)) yield asOwner(r);
    },
    counts: () => reconciler.counts(),
    window(status, offset, limit) {
      const { total, rows } = reconciler.window(status, offset, limit);
      return { total, rows: rows.map(asOwner) };
    },
    check: (recordId) => asOwner(reconciler.check(recordId)),
    recordsChanged: (seqs) => reconciler.refreshSubjects(seqs),
    peopleChanged: (people) => reconciler.refreshPeople(people),
    decide(actor, { record, ...request }) {
      const decided = reconciler.decide(actor, { key: record, ...request });
      return { ...decided, result: asOwner(decided.result) };
    },
    decideMany(actor, requests) {
      const { decided, skipped } = reconciler.decideMany(actor, requests.map(({ record, ...request }) => ({ key: record, ...request })));
      return { decided, skipped: skipped.map(({ key, ...why }) => ({ record: key, ...why })) };
    },
  };
}
