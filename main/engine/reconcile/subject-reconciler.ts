/**
 * The one reconciliation flow every subject shares (a record's owner, a licence holder): a full pass that replaces
 * every stored result of the kind in one transaction, a check of one subject, and an officer's decision on one
 * difference — take the register's value into the subject (its old value kept in its history) or keep the
 * subject's — recorded with the officer and the hash-chained audit log, then the subject checked again.
 * A subject kind only says where its facts live, how its fields are typed and how a correction is stored.
 */
import type { AuditRepo } from '../db/audit.repo';
import type { ReconcileRepo, SubjectRow } from '../db/reconcile.repo';
import type { ResidentsRepo } from '../db/residents.repo';
import { UserError } from '../errors';
import { requireRole, type Actor } from '../users/accounts.service';
import { reconcileSubject } from './reconcile-subject';
import { RECONCILE_STATUSES, type Difference, type ReconcileStatus, type Reconciliation, type RegisterLookup, type SubjectFacts, type SubjectFieldNames, type SubjectKind } from './subject';
import type { EngineMessage, MessageParam } from '../domain/messages/message';
import { termOf } from '../domain/messages/catalogue';
import { renderMessage } from '../domain/messages/render';
import type { StatusCounts } from '../domain/reconcile';

const CHUNK = 20_000;

export type { StatusCounts };

/** One subject's result, keyed by the subject's own key. */
export interface SubjectResult {
  key: string;
  status: ReconcileStatus;
  personal_id: string | null;
  differences: Difference[];
}

export interface SubjectDecisionRequest {
  /** The subject's key (record id, licence number). */
  key: string;
  field: string;
  action: string;
  reason?: string | null;
}

export interface SubjectDecisionOutcome {
  outcome: 'decided' | 'unchanged';
  /** What happened, in English (the command line prints it); `text` is its coded message. */
  message: string;
  text: EngineMessage;
  result: SubjectResult;
}

export const DECISION_ACTIONS = ['take-register', 'keep-record'] as const;

/** The coded sentences about decisions; `field` and `action` come as terms, so each language names them its way. */
export interface DecisionSentences {
  /** An earlier decision said the same: nothing changed. */
  alreadySame(user: string, field: MessageParam, key: string, action: MessageParam): EngineMessage;
  /** An earlier decision said otherwise: refused. */
  alreadyOther(user: string, field: MessageParam, key: string, action: MessageParam, at: string): EngineMessage;
  noDifference(key: string, field: MessageParam): EngineMessage;
  /** `value` is the value now held, or null when it is empty. */
  decided(field: MessageParam, key: string, action: MessageParam, value: string | null, user: string): EngineMessage;
}

/** What the flow needs to know about one kind of subject. */
export interface SubjectKindSpec {
  kind: SubjectKind;
  fields: SubjectFieldNames;
  /** The sentences about decisions, each written whole so it can be translated word for word. */
  sentences: DecisionSentences;
  /** The words of refusal sentences: "No record with id X in this station." */
  notFound(key: string): EngineMessage;
  /** What the role refusal says the officer may not do: a `doing.*` message ("decide owner differences"). */
  deciding: MessageParam;
  /** "is not an owner decision" / "is not an owner field: use …". */
  badAction(action: string): EngineMessage;
  badField(field: string): EngineMessage;
  /** The subject's field a typed FIELD names, or null. */
  fieldOf(typed: string): string | null;
  /** Audit action prefix ("owner", "licence"). */
  auditPrefix: string;
  /** History source of a correction ("owner decision by NAME"), coded. */
  correctionSource(user: string): EngineMessage;
  /** Stores the register's value into the subject's field (keeping the old values in its history). */
  correct(key: string, field: string, value: string | null, source: EngineMessage, now: string): void;
  /** The subject's values changed (lookups follow). */
  changed?(key: string): void;
}

/** A decision of a bulk list that was refused: its English reason and, when coded, its message. */
export interface SkippedDecision {
  key: string;
  reason: string;
  text?: EngineMessage;
}

export interface SubjectReconciler {
  reconcileAll(): StatusCounts;
  results(all: boolean, status?: ReconcileStatus): Generator<SubjectResult>;
  counts(): StatusCounts;
  window(status: ReconcileStatus | 'not_match', offset: number, limit: number): { total: number; rows: SubjectResult[] };
  check(key: string): SubjectResult;
  /** Checks these subjects again (they changed), storing their results; returns how many were checked. */
  refreshSubjects(seqs: readonly number[]): number;
  /** Checks again every subject the register's change of these people may touch (see ReconcileRepo.seqsTouching). */
  refreshPeople(people: ChangedPeople): number;
  decide(actor: Actor | null, request: SubjectDecisionRequest): SubjectDecisionOutcome;
  /** The same decisions on a reviewed list, one by one: each refusal is named and the rest go on. */
  decideMany(actor: Actor | null, requests: readonly SubjectDecisionRequest[]): { decided: string[]; skipped: SkippedDecision[] };
}

/** The register's people an import changed: their personal and former IDs and their birth dates. */
export type ChangedPeople =
  | { ids: ReadonlySet<string>; births: ReadonlySet<string> }
  /** A bulk load of the register (more rows than it held): every subject is checked again in one pass. */
  | 'everyone';

/** Past this share of every subject, checking them one by one costs more than one full pass. */
const FULL_PASS_SHARE = 0.5;

function factsOf(row: SubjectRow): SubjectFacts {
  return { key: row.key, personalId: row.personal_id, name: row.name, birthDate: row.birth_date, address: row.address };
}

export function createSubjectReconciler(spec: SubjectKindSpec, deps: { repo: ReconcileRepo; residents: ResidentsRepo; audit: AuditRepo }): SubjectReconciler {
  const { repo, residents } = deps;
  const { kind } = spec;

  // One lookup for every check (a check runs per subject, hundreds of thousands in a pass): it answers for `current`.
  let current: SubjectRow | null = null;
  const lookup: RegisterLookup = {
    // The join already looked the subject's ID up, as a personal ID and as a former CMND: no second query.
    byPersonalId: (id) => (current !== null && id === current.personal_id ? (current.resident ?? undefined) : residents.byPersonalId(id)),
    byFormerId: (id) => (current !== null && id === current.personal_id ? (current.former ? [current.former] : []) : residents.byFormerId(id)),
    byNameAndBirth: (key, birth) => residents.byNameAndBirth(key, birth),
  };
  const checkRow = (row: SubjectRow): Reconciliation => {
    current = row;
    try {
      return reconcileSubject(factsOf(row), lookup, spec.fields);
    } finally {
      current = null;
    }
  };

  const counts = (): StatusCounts => {
    const stored = repo.counts(kind);
    return Object.fromEntries(RECONCILE_STATUSES.map((s) => [s, stored[s] ?? 0])) as StatusCounts;
  };

  const check = (key: string): SubjectResult => {
    const row = repo.subjectOf(kind, key.normalize('NFC').trim());
    if (!row) throw new UserError(spec.notFound(key), 'not_found');
    const result = checkRow(row);
    repo.store(kind, row.seq, result, new Date().toISOString());
    return { key: row.key, ...result };
  };

  const strip = (r: SubjectResult): SubjectResult => ({ key: r.key, status: r.status, personal_id: r.personal_id, differences: r.differences });

  const decide = (actor: Actor | null, request: SubjectDecisionRequest): SubjectDecisionOutcome => {
    const who = requireRole(actor, ['officer', 'lead'], spec.deciding);
    if (!(DECISION_ACTIONS as readonly string[]).includes(request.action)) throw new UserError(spec.badAction(request.action), 'bad_input');
    const field = spec.fieldOf(request.field);
    if (!field) throw new UserError(spec.badField(request.field), 'bad_input');
    const current = check(request.key);
    const seq = repo.subjectOf(kind, current.key)!.seq;
    const earlier = repo.latestDecision(kind, seq, field);
    const difference = current.differences.find((d) => d.field === field);
    const { sentences } = spec;
    const fieldTerm = termOf('field', field);
    if (earlier && (!difference || (earlier.record_value === difference.record_value && earlier.register_value === difference.register_value))) {
      if (earlier.action === request.action) {
        const text = sentences.alreadySame(earlier.user, fieldTerm, current.key, termOf('action', earlier.action));
        return { outcome: 'unchanged', message: renderMessage(text, 'en'), text, result: current };
      }
      throw new UserError(sentences.alreadyOther(earlier.user, fieldTerm, current.key, termOf('action', earlier.action), earlier.decided_at), 'conflict');
    }
    if (!difference) throw new UserError(sentences.noDifference(current.key, fieldTerm), 'not_found');
    const now = new Date().toISOString();
    const reason = request.reason?.trim() || null;
    const after = request.action === 'take-register' ? difference.register_value : difference.record_value;
    repo.atomically(() => {
      repo.insertDecision(kind, seq, who.id, { field, action: request.action, record_value: difference.record_value, register_value: difference.register_value, reason, decided_at: now });
      if (request.action === 'take-register') spec.correct(current.key, field, after, spec.correctionSource(who.name), now);
      deps.audit.append({ at: now, user: who.name, action: `${spec.auditPrefix}.${request.action}`, dossier: current.key, field, before: difference.record_value, after, reason });
    });
    if (request.action === 'take-register') spec.changed?.(current.key);
    const text = sentences.decided(fieldTerm, current.key, termOf('action', request.action), after || null, who.name);
    return { outcome: 'decided', message: renderMessage(text, 'en'), text, result: check(current.key) };
  };

  const reconcileAll = (): StatusCounts => {
    const now = new Date().toISOString();
    repo.atomically(() => {
      repo.clear(kind);
      // By windows of seqs, not by a count of joined rows: a subject whose ID several residents held as former CMND
      // is several rows of the join, and a count cut short by them once ended the pass early.
      const range = repo.subjectSeqRange(kind);
      for (let from = range?.first ?? 1; range !== null && from <= range.last; from += CHUNK) {
        for (const row of repo.subjectsBetween(kind, from, from + CHUNK - 1)) repo.store(kind, row.seq, checkRow(row), now);
      }
    });
    return counts();
  };

  // Results are facts about the subject and the register, recomputed; officers' decisions live in their own table
  // and are never touched here.
  const refreshSubjects = (seqs: readonly number[]): number => {
    if (seqs.length === 0) return 0;
    if (seqs.length > CHUNK && seqs.length >= repo.subjectCount(kind) * FULL_PASS_SHARE) {
      reconcileAll();
      return seqs.length;
    }
    const now = new Date().toISOString();
    for (let start = 0; start < seqs.length; start += CHUNK) {
      repo.atomically(() => {
        for (const row of repo.subjectsAt(kind, seqs.slice(start, start + CHUNK))) repo.store(kind, row.seq, checkRow(row), now);
      });
    }
    return seqs.length;
  };

  return {
    reconcileAll,
    refreshSubjects,
    // A register loaded before any subject (the usual first day) has nothing to look for.
    refreshPeople: (people) => {
      const subjects = repo.subjectCount(kind);
      if (subjects === 0) return 0;
      if (people === 'everyone') {
        reconcileAll();
        return subjects;
      }
      return refreshSubjects(repo.seqsTouching(kind, people.ids, people.births));
    },
    *results(all, status) {
      for (const r of repo.results(kind, !all, status)) yield strip(r);
    },
    counts,
    window(status, offset, limit) {
      const { total, rows } = repo.window(kind, status, offset, limit);
      return { total, rows: rows.map(strip) };
    },
    check,
    decide,
    decideMany(actor, requests) {
      const decided: string[] = [];
      const skipped: SkippedDecision[] = [];
      for (const request of requests) {
        try {
          decide(actor, request);
          decided.push(request.key);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          skipped.push(error.text ? { key: request.key, reason: error.message, text: error.text } : { key: request.key, reason: error.message });
        }
      }
      return { decided, skipped };
    },
  };
}
