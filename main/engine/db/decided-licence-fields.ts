/**
 * Licence fields an officer decided on a scanned licence card, and what a re-import of the department's licence
 * file does about them — as decided-fields.ts does for vehicle records. "Paper is right" or "set" wrote the card's
 * value into the licence; "record is right" confirmed the licence's value. A later import of a file made before
 * the decision must not quietly put the old value back: the decided value is kept, the licence gets an issue for
 * review, and the audit log says so once.
 */
import type { AuditRepo } from './audit.repo';
import type { Db } from './database';
import { keepDecidedValues, type DecidedValue } from './decided-fields';
import type { Licence } from '../licences/licence-columns';
import { licenceRecordValue, type CorrectableLicenceField } from '../licences/normalize-licence';
import type { KeyedIssue } from '../reconcile/keyed-import';
import { say } from '../domain/messages/catalogue';
import type { MessageParam } from '../domain/messages/message';
import { storedMessage } from '../domain/messages/stored';

const DECIDABLE = new Set<string>(['full_name', 'birth_date', 'class', 'issued_on']);

/** A decision on a licence field: the value the officer decided the licence should hold, in the licence's own form. */
type DecidedLicenceField = DecidedValue<CorrectableLicenceField>;

export class DecidedLicenceFields {
  private readonly ofStmt;

  constructor(
    db: Db,
    private readonly audit: AuditRepo,
  ) {
    this.ofStmt = db.prepare<[string], { field: string; action: string; value: string | null; record_value: string | null; user: string; dossier: string; at: string }>(
      `SELECT d.field, d.action, d.value, d.record_value, u.name AS user, ds.id AS dossier, d.decided_at AS at
       FROM dossiers ds JOIN decisions d ON d.dossier_seq = ds.seq AND d.undone_at IS NULL JOIN users u ON u.id = d.user_id
       WHERE ds.record_id = ? AND ds.kind = 'licence' AND d.action IN ('keep-record', 'take-scan', 'set') ORDER BY d.decided_at`,
    );
  }

  /** The live decisions on this licence's fields (through the licence dossiers linked to it). */
  of(licenceNo: string): DecidedLicenceField[] {
    return this.ofStmt
      .all(licenceNo)
      .filter((d) => DECIDABLE.has(d.field))
      .map((d) => {
        const field = d.field as CorrectableLicenceField;
        return { field, value: d.action === 'keep-record' ? d.record_value : licenceRecordValue(field, d.value), user: d.user, dossier: d.dossier, at: d.at };
      });
  }

  /**
   * Keeps decided values the import would change (in `next`, in place, while they are still what the licence
   * holds), and returns an issue for each; a conflict not seen before gets an audit entry in the import's transaction.
   */
  keep(licenceNo: string, existing: Readonly<Licence>, next: Licence, known: readonly KeyedIssue[], source: MessageParam, now: string): KeyedIssue[] {
    const reason = storedMessage(say('audit.import_kept_licence', { source, licence: licenceNo }));
    return keepDecidedValues(this.of(licenceNo), existing, next, known, { audit: this.audit, reason, now });
  }
}
