/**
 * Every record's owner checked against the population register, and the officers' decisions on what differs.
 * A full pass replaces every stored result in one transaction; a decision re-checks its record at once.
 */
import type { AuditRepo } from '../db/audit.repo';
import type { OwnerRow, ReconcileRepo } from '../db/reconcile.repo';
import type { RecordsRepo } from '../db/records.repo';
import type { ResidentsRepo } from '../db/residents.repo';
import { UserError } from '../errors';
import { reconcileSubject } from '../reconcile/reconcile';
import { RECONCILE_STATUSES, type Difference, type ReconcileStatus, type Reconciliation, type RegisterLookup } from '../reconcile/subject';
import type { OwnerFactField, RecordValueField } from '../records/record';
import { requireRole, type Actor } from '../users/accounts.service';
import { OWNER_FIELDS, ownerFacts, ownerField } from './owner-subject';

const CHUNK = 20_000;

export type OwnerCounts = Record<ReconcileStatus, number>;

/** One record's result as `owners reconcile --json` prints it (CLI.md). */
export interface OwnerResult {
  record_id: string;
  status: ReconcileStatus;
  personal_id: string | null;
  differences: Difference[];
}

export interface OwnerDecisionRequest {
  record: string;
  field: string;
  action: string;
  reason?: string | null;
}

export interface OwnerDecisionOutcome {
  outcome: 'decided' | 'unchanged';
  message: string;
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

export const OWNER_ACTIONS = ['take-register', 'keep-record'] as const;

export function createOwners(deps: OwnersDeps): {
  reconcileAll(): OwnerCounts;
  results(all: boolean, status?: ReconcileStatus): Generator<OwnerResult>;
  counts(): OwnerCounts;
  check(recordId: string): OwnerResult;
  decide(actor: Actor | null, request: OwnerDecisionRequest): OwnerDecisionOutcome;
} {
  const { repo, residents } = deps;

  const checkRow = (row: OwnerRow): Reconciliation => {
    const lookup: RegisterLookup = {
      byPersonalId: (id) => (row.resident && row.resident.personal_id === id ? row.resident : residents.byPersonalId(id)),
      // The join already looked the record's ID up as a former CMND.
      byFormerId: (id) => (id === row.owner_id ? (row.former ? [row.former] : []) : residents.byFormerId(id)),
      byNameAndBirth: (key, birth) => residents.byNameAndBirth(key, birth),
    };
    return reconcileSubject(ownerFacts(row), lookup, OWNER_FIELDS);
  };

  const counts = (): OwnerCounts => {
    const stored = repo.counts('owner');
    return Object.fromEntries(RECONCILE_STATUSES.map((s) => [s, stored[s] ?? 0])) as OwnerCounts;
  };

  const check = (recordId: string): OwnerResult => {
    const row = repo.ownerOf(recordId.normalize('NFC').trim());
    if (!row) throw new UserError(`No record with id ${recordId} in this station.`, 'not_found');
    const result = checkRow(row);
    repo.store('owner', row.seq, result, new Date().toISOString());
    return { record_id: row.record_id, ...result };
  };

  return {
    reconcileAll() {
      const now = new Date().toISOString();
      repo.atomically(() => {
        repo.clear('owner');
        for (let after = 0; ; ) {
          const rows = repo.ownersAfter(after, CHUNK);
          for (const row of rows) repo.store('owner', row.seq, checkRow(row), now);
          if (rows.length < CHUNK) break;
          after = rows[rows.length - 1]!.seq;
        }
      });
      return counts();
    },
    *results(all, status) {
      for (const r of repo.ownerResults(!all, status)) yield { record_id: r.record_id, status: r.status, personal_id: r.personal_id, differences: r.differences };
    },
    counts,
    check,
    decide(actor, request) {
      const who = requireRole(actor, ['officer', 'lead'], 'decide owner differences');
      if (!(OWNER_ACTIONS as readonly string[]).includes(request.action)) {
        throw new UserError(`"${request.action}" is not an owner decision: use take-register or keep-record.`, 'bad_input');
      }
      const field = ownerField(request.field);
      if (!field) throw new UserError(`"${request.field}" is not an owner field: use owner_id, owner_name, owner_birth_date or address.`, 'bad_input');
      const current = check(request.record);
      const record = deps.records.getById(current.record_id)!;
      const earlier = repo.latestDecision('owner', record.seq, field);
      const difference = current.differences.find((d) => d.field === field);
      if (earlier && (!difference || (earlier.record_value === difference.record_value && earlier.register_value === difference.register_value))) {
        if (earlier.action === request.action) {
          return { outcome: 'unchanged', message: `${earlier.user} already decided ${field} of record ${current.record_id} the same way (${earlier.action}); nothing changed.`, result: current };
        }
        throw new UserError(`${earlier.user} already decided ${field} of record ${current.record_id} (${earlier.action}) at ${earlier.decided_at}.`, 'conflict');
      }
      if (!difference) throw new UserError(`Record ${current.record_id} has no difference with the register on ${field} to decide.`, 'not_found');
      const now = new Date().toISOString();
      const reason = request.reason?.trim() || null;
      const after = request.action === 'take-register' ? difference.register_value : difference.record_value;
      repo.atomically(() => {
        repo.insertDecision('owner', record.seq, who.id, { field, action: request.action, record_value: difference.record_value, register_value: difference.register_value, reason, decided_at: now });
        if (request.action === 'take-register') {
          deps.records.correctField(current.record_id, field as RecordValueField | OwnerFactField, after, `owner decision by ${who.name}`, now);
        }
        deps.audit.append({ at: now, user: who.name, action: `owner.${request.action}`, dossier: current.record_id, field, before: difference.record_value, after, reason });
      });
      if (request.action === 'take-register') deps.recordChanged(current.record_id);
      return {
        outcome: 'decided',
        message: `${field} of record ${current.record_id}: ${request.action}${after ? ` “${after}”` : ''} by ${who.name}.`,
        result: check(current.record_id),
      };
    },
  };
}
