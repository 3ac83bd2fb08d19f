/**
 * Finds licences by licence number or holder's personal ID, tolerant of OCR confusions and one slip, through the
 * same in-memory index the station's vehicle keys use (lookup/record-index): the licence number sits in the
 * index's serial slot and the personal ID in its citizen-ID slot, and hits are renamed to the licence's fields.
 * By holder name and birth date it asks the database (folded name, as the register is searched).
 */
import type { LicencesRepo, StoredLicence } from '../db/licences.repo';
import { RecordIndex, type KeyField } from '../lookup/record-index';
import { reasonText, type MatchReason } from '../lookup/reason';
import { nameKey } from '../reconcile/reconcile-subject';
import { parseRecordDate } from '../records/date';
import { say } from '../domain/messages/catalogue';
import { renderMessage } from '../domain/messages/render';

const CHUNK = 20_000;

export type LicenceLookupField = 'licence_no' | 'personal_id' | 'holder';

export interface LicenceCandidate {
  licence_no: string;
  score: number;
  field: LicenceLookupField;
  /** The English sentence (as `records find` prints it). */
  why: string;
  reason: MatchReason | { code: 'licence.holder' };
  licence: StoredLicence;
}

/** The index slot each licence key is kept in, and back. */
const SLOT_FIELD: Partial<Record<KeyField, LicenceLookupField>> = { chassis: 'licence_no', owner_id: 'personal_id' };

export class LicenceFinder {
  private index: RecordIndex | null = null;
  private filledUpTo = 0;

  constructor(private readonly repo: LicencesRepo) {}

  /** Licences whose number or holder's personal ID is `text` up to OCR confusions and one slip; best first. */
  find(text: string, limit = 10, fuzzy = true): LicenceCandidate[] {
    const index = this.filled();
    const hits = index.search(text, limit, fuzzy);
    const licences = this.repo.bySeqs(hits.map((h) => h.ref));
    return hits.flatMap((hit) => {
      const licence = licences.get(hit.ref);
      const field = SLOT_FIELD[hit.field];
      if (!licence || !field) return [];
      const reason: MatchReason = { ...hit.reason, field };
      return [{ licence_no: licence.licence_no, score: Math.round(hit.score * 1000) / 1000, field, why: reasonText(reason), reason, licence }];
    });
  }

  /** Licences of a holder by name (case, spaces and diacritics folded) and birth date (any when absent). */
  findHolder(name: string, birthDate?: string | null): LicenceCandidate[] {
    if (name.trim() === '') return [];
    const typed = birthDate?.trim() ?? '';
    const birth = typed === '' ? null : parseRecordDate(typed, 'Birth date');
    if (birth && !birth.ok) return [];
    return this.repo.byNameAndBirth(nameKey(name), birth ? birth.iso : null).map((licence) => ({
      licence_no: licence.licence_no,
      score: birth ? 0.9 : 0.6,
      field: 'holder' as const,
      why: renderMessage(say(birth ? 'reason.holder_birth' : 'reason.holder'), 'en'),
      reason: { code: 'licence.holder' as const },
      licence,
    }));
  }

  /** Keeps the index current after an import or a correction (rows the fill has not reached yet it reads itself). */
  onStored(rows: readonly { seq: number; item: { licence_no: string; personal_id: string | null } }[]): void {
    if (this.index === null) return;
    for (const { seq, item } of rows) if (seq <= this.filledUpTo) this.index.add(seq, keysOf(item));
  }

  private filled(): RecordIndex {
    const index = (this.index ??= new RecordIndex({ expectedRecords: this.repo.count() }));
    for (;;) {
      const rows = this.repo.keysAfter(this.filledUpTo, CHUNK);
      for (const row of rows) index.add(row.seq, keysOf(row));
      if (rows.length > 0) this.filledUpTo = rows[rows.length - 1]!.seq;
      if (rows.length < CHUNK) break;
    }
    return index;
  }
}

function keysOf(licence: { licence_no: string; personal_id: string | null }): { chassis: string; owner_id: string | null } {
  return { chassis: licence.licence_no, owner_id: licence.personal_id };
}
