/**
 * From a row as read to a record as stored: NFC text with whitespace collapsed, serials in their canonical
 * form, dates in ISO. The station's data is never silently "fixed": a value that breaks a rule is kept as the
 * station has it and the problem is listed as an issue for data cleaning. Only a row that cannot be stored at
 * all (no usable record id) is rejected.
 */
import { say } from '../domain/messages/catalogue';
import type { EngineMessage } from '../domain/messages/message';
import { said } from '../domain/messages/said';
import { cleanText, isCleanText, toNfc } from '../text/vietnamese';
import { normalizeCitizenId } from './citizen-id';
import { parseRecordDate } from './date';
import { normalizeCleanPlate } from './plate';
import type { RecordIssue, NormalizedRecord, RawRecordFields, RecordFieldName, RecordValueField } from './record';
import { chassisIssue, engineIssue, normalizeNfcSerial } from './vin';

export { canonicalPlateKey } from './plate';
export { serialKey, vinCheckDigitValid } from './vin';

export type NormalizeResult =
  | { ok: true; record: NormalizedRecord; issues: RecordIssue[] }
  | { ok: false; field: RecordFieldName; message: string; text: EngineMessage };

const MAX_RECORD_ID_LENGTH = 64;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const UNSTORABLE_ID = /[\u0000-\u001f\u007f-\u009f\ufffd]/;
const HAS_DIGIT = /\d/;

/** An issue of a field: its English for the command line and its code for the screens. */
function issue(field: RecordIssue['field'], text: EngineMessage): RecordIssue {
  return { field, ...said(text) };
}

/**
 * Normalises one row. `ok: false` only when the record id is missing, longer than 64 characters or holds
 * control/unreadable characters; every other problem is an issue on a stored record. Messages are sentences
 * naming the field, without the file or row (the caller knows those).
 */
export function normalizeRecord(raw: RawRecordFields): NormalizeResult {
  const id = recordId(raw.record_id);
  if (!id.ok) return { ok: false, field: 'record_id', ...said(id.text) };
  // No closures or helpers allocated per row: this runs a million times per import.
  const issues: RecordIssue[] = [];

  let plate = text(raw.plate, 'plate', issues);
  if (plate !== null) {
    const result = normalizeCleanPlate(plate);
    plate = result.plate;
    if (!result.ok) issues.push(issue('plate', result.issue));
  }

  const chassis = serial(raw.chassis, 'chassis', issues);
  if (chassis !== null) {
    const problem = chassisIssue(chassis);
    if (problem) issues.push(issue('chassis', problem));
  }
  const engine = serial(raw.engine, 'engine', issues);
  if (engine !== null) {
    const problem = engineIssue(engine);
    if (problem) issues.push(issue('engine', problem));
  }

  const ownerName = text(raw.owner_name, 'owner_name', issues);
  if (ownerName !== null && HAS_DIGIT.test(ownerName)) {
    issues.push(issue('owner_name', say('record.owner_name_digits', { name: ownerName })));
  }

  let ownerId = text(raw.owner_id, 'owner_id', issues);
  if (ownerId !== null) {
    const result = normalizeCitizenId(ownerId);
    ownerId = result.value;
    for (const problem of result.issues) issues.push(issue('owner_id', problem));
  }

  let registeredOn = text(raw.registered_on, 'registered_on', issues);
  if (registeredOn !== null) {
    const result = parseRecordDate(registeredOn, say('label.registered_on'));
    if (result.ok) registeredOn = result.iso;
    else issues.push(issue('registered_on', result.issue));
  }

  const record: NormalizedRecord = {
    record_id: id.value,
    plate,
    chassis,
    engine,
    owner_name: ownerName,
    owner_id: ownerId,
    address: text(raw.address, 'address', issues),
    brand: text(raw.brand, 'brand', issues),
    model: text(raw.model, 'model', issues),
    color: text(raw.color, 'color', issues),
    registered_on: registeredOn,
  };
  if (raw.owner_birth_date !== undefined) record.owner_birth_date = ownerBirthDate(raw.owner_birth_date, issues);
  return { ok: true, record, issues };
}

function recordId(typed: string | undefined): { ok: true; value: string } | { ok: false; text: EngineMessage } {
  if (typed !== undefined && typed.length <= MAX_RECORD_ID_LENGTH && typed !== '' && isCleanText(typed)) {
    return { ok: true, value: typed }; // the common case: nothing to trim, collapse or reject
  }
  const trimmed = typed === undefined ? '' : toNfc(typed.trim());
  if (trimmed === '') return { ok: false, text: say('record.no_id') };
  if (UNSTORABLE_ID.test(trimmed)) return { ok: false, text: say('record.id_unreadable') };
  const value = cleanText(trimmed);
  if (value.length > MAX_RECORD_ID_LENGTH) {
    return { ok: false, text: say('record.id_too_long', { start: value.slice(0, 24), length: value.length, max: MAX_RECORD_ID_LENGTH }) };
  }
  return { ok: true, value };
}

/** Clean text, or null for an absent or blank value. Undecodable bytes (U+FFFD) are an issue, not an error. */
function text(typed: string | undefined, field: RecordValueField, issues: RecordIssue[]): string | null {
  if (typed === undefined) return null;
  if (isCleanText(typed)) return typed === '' ? null : typed;
  const value = cleanText(typed);
  if (value === '') return null;
  if (value.includes('\ufffd')) issues.push(issue(field, say('value.unreadable', { label: say(`label.${field}`) })));
  return value;
}

/** The owner's birth date in ISO; an unreadable or impossible one is kept as typed, with an issue. */
function ownerBirthDate(typed: string, issues: RecordIssue[]): string | null {
  const value = cleanText(typed);
  if (value === '') return null;
  const result = parseRecordDate(value, say('label.owner_birth_date'));
  if (result.ok) return result.iso;
  issues.push(issue('owner_birth_date', result.issue));
  return value;
}

function serial(typed: string | undefined, field: RecordValueField, issues: RecordIssue[]): string | null {
  const value = text(typed, field, issues);
  if (value === null) return null;
  const stored = normalizeNfcSerial(value);
  return stored === '' ? null : stored;
}
