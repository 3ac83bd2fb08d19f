/**
 * Record fields an officer decided, and what an import does about them. A "paper is right" or "set" decision
 * wrote its value into the record; a "record is right" decision confirmed the record's value. A later import
 * of the station's records file (an export made before the correction) must not quietly put the old value
 * back: the decided value is kept, the record gets an issue for review, and the audit log says so.
 */
import type { AuditRepo } from './audit.repo';
import type { Db } from './database';
import { RECORD_VALUE_FIELDS, type RecordIssue, type RecordValueField } from '../records/record';
import { say, termOf } from '../domain/messages/catalogue';
import type { EngineMessage, MessageParam } from '../domain/messages/message';
import { renderMessage } from '../domain/messages/render';
import { storedMessage } from '../domain/messages/stored';

/** A decision on a record field: the value the officer decided the record should hold. */
export type DecidedField = DecidedValue<RecordValueField>;

const IS_RECORD_FIELD = new Set<string>(RECORD_VALUE_FIELDS);

export class DecidedFields {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditRepo,
  ) {}

  /** The live decisions on this record's fields (through the dossiers linked to it). */
  of(recordId: string): DecidedField[] {
    return this.db
      .prepare<[string], { field: string; action: string; value: string | null; record_value: string | null; user: string; dossier: string; at: string }>(
        `SELECT d.field, d.action, d.value, d.record_value, u.name AS user, ds.id AS dossier, d.decided_at AS at
         FROM dossiers ds JOIN decisions d ON d.dossier_seq = ds.seq AND d.undone_at IS NULL JOIN users u ON u.id = d.user_id
         WHERE ds.record_id = ? AND d.action IN ('keep-record', 'take-scan', 'set') ORDER BY d.decided_at`,
      )
      .all(recordId)
      .filter((d) => IS_RECORD_FIELD.has(d.field))
      .map((d) => ({ field: d.field as RecordValueField, value: d.action === 'keep-record' ? d.record_value : d.value, user: d.user, dossier: d.dossier, at: d.at }));
  }

  /**
   * Keeps decided values the import would change (in `values`, in place, while they are still what the record
   * holds), and returns an issue for each; a conflict not seen before gets an audit entry in the import's
   * transaction.
   */
  keep(
    recordId: string,
    existing: Readonly<Record<RecordValueField, string | null>>,
    values: { -readonly [F in RecordValueField]: string | null },
    known: readonly RecordIssue[],
    source: MessageParam,
    now: string,
  ): RecordIssue[] {
    const reason = storedMessage(say('audit.import_kept_record', { source, record: recordId }));
    return keepDecidedValues(this.of(recordId), existing, values, known, { audit: this.audit, reason, now });
  }
}

/** A decision on one field of a keyed row (a vehicle record, a licence): the value the officer decided and by whom. */
export interface DecidedValue<F extends string> {
  field: F;
  value: string | null;
  user: string;
  dossier: string;
  at: string;
}

/**
 * Keeps each decided value an import would change (in `next`, in place, while it is still what the row holds),
 * and returns an issue for each; a conflict not in `known` gets one audit entry with `reason` (stored coded).
 */
export function keepDecidedValues<F extends string>(
  decided: readonly DecidedValue<F>[],
  existing: Readonly<Record<F, string | null>>,
  next: Record<F, string | null>,
  known: readonly { field: string; message: string }[],
  log: { audit: AuditRepo; reason: string; now: string },
): { field: F; message: string; text: EngineMessage }[] {
  const kept: { field: F; message: string; text: EngineMessage }[] = [];
  for (const d of decided) {
    const incoming = next[d.field];
    if (incoming === d.value || existing[d.field] !== d.value) continue;
    next[d.field] = d.value;
    const shown = (value: string | null): MessageParam => value ?? say('value.empty');
    const text = say('import.kept_decision', { field: termOf('field', d.field), incoming: shown(incoming), user: d.user, value: shown(d.value), dossier: d.dossier, at: d.at });
    const issue = { field: d.field, message: renderMessage(text, 'en'), text };
    kept.push(issue);
    if (!known.some((k) => k.field === issue.field && k.message === issue.message)) {
      log.audit.append({ at: log.now, user: 'import', action: 'import.kept-decision', dossier: d.dossier, field: d.field, before: d.value, after: incoming, reason: log.reason });
    }
  }
  return kept;
}
