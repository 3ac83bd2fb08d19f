/**
 * Citizens' self-declarations: imported like any keyed table, each compared with the station's record of the
 * vehicle and with the register, then confirmed, rejected or taken into the record by a ward officer. Two
 * officers deciding one declaration: the second is refused unless it says the same.
 */
import type { AuditRepo } from '../db/audit.repo';
import type { DeclarationFilter, DeclarationsRepo, StoredDeclaration } from '../db/declarations.repo';
import type { RecordsRepo } from '../db/records.repo';
import { UserError } from '../errors';
import type { KeyedImportContext, KeyedImportReport } from '../reconcile/keyed-import';
import { importKeyedFiles } from '../reconcile/keyed-import';
import type { RecordValueField } from '../records/record';
import { requireRole, type Actor } from '../users/accounts.service';
import { compareDeclaration, type DeclarationLookup } from './compare-declaration';
import type { DeclarationDecisionRequest } from './declaration.types';
import { DECLARATION_ACTIONS, DECLARATION_COLUMNS, type Declaration, type DeclarationAction, type DeclarationStatus } from './declaration-columns';
import { normalizeDeclaration } from './normalize-declaration';
import { say } from '../domain/messages/catalogue';
import type { MessageParam } from '../domain/messages/message';
import { said } from '../domain/messages/said';

const CHUNK = 5000;

/** Declared values an officer's update-record takes into the record, by the record field they go to. */
const INTO_RECORD: readonly [keyof Declaration, RecordValueField][] = [
  ['plate', 'plate'],
  ['chassis', 'chassis'],
  ['engine', 'engine'],
  ['brand', 'brand'],
  ['model', 'model'],
  ['color', 'color'],
  ['full_name', 'owner_name'],
  ['personal_id', 'owner_id'],
];

export interface DeclarationsDeps {
  repo: DeclarationsRepo;
  records: RecordsRepo;
  audit: AuditRepo;
  lookup: DeclarationLookup;
  recordChanged(recordId: string): void;
}

export interface DeclarationsService {
  import(files: readonly string[], ctx: KeyedImportContext): Promise<KeyedImportReport>;
  compareAll(): number;
  /** Compares pending declarations again when records or the register changed since the last full comparison. */
  refresh(): number;
  list(filter?: DeclarationFilter): Generator<StoredDeclaration>;
  window(filter: DeclarationFilter, offset: number, limit: number): { total: number; rows: StoredDeclaration[] };
  next(filter: DeclarationFilter, afterId?: string | null): StoredDeclaration | null;
  counts(since?: string): { received: number; confirmed: number; rejected: number; waiting: number };
  decide(actor: Actor | null, request: DeclarationDecisionRequest): { outcome: 'decided' | 'unchanged'; message: string; declaration: StoredDeclaration };
  /** Confirms every pending declaration whose match is exact (the queue's bulk action); returns how many. */
  confirmExact(actor: Actor | null): number;
}

export function createDeclarations(deps: DeclarationsDeps): DeclarationsService {
  const { repo } = deps;

  const compareAndStore = (rows: { seq: number; item: Declaration }[]): void => {
    const results = rows.map(({ seq, item }) => {
      const c = compareDeclaration(item, deps.lookup);
      const recordSeq = c.record ? (deps.records.getById(c.record.record_id)?.seq ?? null) : null;
      return { seq, match: c.match, recordSeq, differences: c.differences };
    });
    repo.storeComparisons(results);
  };

  const find = (id: string): StoredDeclaration => {
    const found = repo.byId(id.normalize('NFC').trim());
    if (!found) throw new UserError(say('declaration.not_found', { id }), 'not_found');
    return found;
  };

  const service: DeclarationsService = {
    async import(files: readonly string[], ctx: KeyedImportContext): Promise<KeyedImportReport> {
      // Each imported declaration is compared as it is stored; when the stored ones were current before, all are after.
      const sources = repo.sourcesChangedAt();
      const wasCurrent = repo.counts().received === 0 || sources <= repo.comparedUpTo();
      const report = await importKeyedFiles(files, {
        columns: DECLARATION_COLUMNS,
        keyLabel: say('key.declaration_id'),
        keyOf: (d: Declaration) => d.declaration_id,
        normalize: normalizeDeclaration,
        upsertBatch: (batch, source, seen) => repo.upsertBatch(batch, source, seen),
        onStored: compareAndStore,
      }, ctx);
      if (wasCurrent) repo.setComparedUpTo(sources);
      return report;
    },

    /** Compares every pending declaration again (after records or residents changed). */
    compareAll(): number {
      const upTo = repo.sourcesChangedAt();
      let n = 0;
      for (let after = 0; ; ) {
        const rows = repo.pendingAfter(after, CHUNK);
        compareAndStore(rows.map(({ seq, ...item }) => ({ seq, item })));
        n += rows.length;
        if (rows.length < CHUNK) break;
        after = rows[rows.length - 1]!.seq;
      }
      repo.setComparedUpTo(upTo);
      return n;
    },

    refresh(): number {
      return repo.sourcesChangedAt() > repo.comparedUpTo() ? service.compareAll() : 0;
    },

    list: (filter: DeclarationFilter = {}): Generator<StoredDeclaration> => repo.list(filter),
    window: (filter: DeclarationFilter, offset: number, limit: number) => repo.window(filter, offset, limit),
    /** The queue's next declaration after `afterId` (or its first). */
    next(filter: DeclarationFilter, afterId?: string | null): StoredDeclaration | null {
      const after = afterId ? find(afterId).seq : 0;
      return repo.next(filter, after) ?? null;
    },
    counts: (since?: string) => repo.counts(since),

    confirmExact(actor) {
      requireRole(actor, ['officer', 'lead'], say('doing.decide_declarations'));
      const ids = [...repo.list({ status: 'pending', match: 'exact' })].map((d) => d.declaration_id);
      for (const id of ids) service.decide(actor, { id, action: 'confirm' });
      return ids.length;
    },

    decide(actor, request) {
      const who = requireRole(actor, ['officer', 'lead'], say('doing.decide_declarations'));
      if (!(DECLARATION_ACTIONS as readonly string[]).includes(request.action)) {
        throw new UserError(say('declaration.bad_action', { action: request.action, confirm: 'confirm', reject: 'reject', update: 'update-record' }), 'bad_input');
      }
      const action = request.action as DeclarationAction;
      const d = find(request.id);
      if (d.status !== 'pending') {
        const user = d.decided_by ?? '';
        if (d.decision === action) {
          return { outcome: 'unchanged', ...said(say('declaration.already_same', { user, id: d.declaration_id, action: actionTerm(action) })), declaration: d };
        }
        throw new UserError(say('declaration.already_other', { user, id: d.declaration_id, action: actionTerm(d.decision), at: d.decided_at ?? '' }), 'conflict');
      }
      if (action === 'update-record' && !d.record_id) {
        throw new UserError(say('declaration.no_record', { id: d.declaration_id }), 'conflict');
      }
      const now = new Date().toISOString();
      const reason = request.reason?.trim() || null;
      const status: DeclarationStatus = action === 'reject' ? 'rejected' : 'confirmed';
      const changed: string[] = [];
      repo.atomically(() => {
        if (action === 'update-record') {
          const record = deps.records.getById(d.record_id!)!;
          for (const [from, to] of INTO_RECORD) {
            const value = d[from];
            if (value === null || record[to] === value) continue;
            deps.records.correctField(d.record_id!, to, value, say('history.declaration_taken', { id: d.declaration_id, user: who.name }), now);
            changed.push(to);
          }
        }
        repo.decide(d.seq, status, action, who.name, now, reason);
        deps.audit.append({ at: now, user: who.name, action: `declaration.${action}`, dossier: d.declaration_id, field: changed.length ? changed.join(',') : null, before: d.record_id, after: status, reason });
      });
      if (changed.length) deps.recordChanged(d.record_id!);
      const done = { id: d.declaration_id, action: actionTerm(action), user: who.name };
      const text = changed.length ? say('declaration.decided_fields', { ...done, record: d.record_id ?? '', fields: changed.join(', ') }) : say('declaration.decided', done);
      return { outcome: 'decided', ...said(text), declaration: find(d.declaration_id) };
    },
  };
  return service;
}

/** A decision's name, each language its own word ("confirm" on the command line, "xác nhận" on the screen). */
function actionTerm(action: string | null): MessageParam {
  return action === 'confirm' || action === 'reject' || action === 'update-record' ? say(`declaration_action.${action}`) : (action ?? '');
}
