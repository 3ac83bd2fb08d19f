/**
 * From a declaration row as read to a declaration as stored. A citizen typed it on a phone, so nothing but a
 * missing or unusable declaration id rejects the row: odd values are kept with their issues, and a declaration
 * naming a vehicle the station does not know is kept too (it is compared as `no_record`).
 */
import { normalizeCitizenId } from '../records/citizen-id';
import { parseRecordDate } from '../records/date';
import { normalizeCleanPlate } from '../records/plate';
import { normalizeNfcSerial } from '../records/vin';
import type { KeyedIssue, KeyedNormalizeResult } from '../reconcile/keyed-import';
import { cleanText } from '../text/vietnamese';
import type { Declaration, DeclarationField } from './declaration-columns';
import { say } from '../domain/messages/catalogue';
import { said } from '../domain/messages/said';

const MAX_ID = 64;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const UNSTORABLE = /[\u0000-\u001f\u007f-\u009f\ufffd]/;
const DATE_TIME = /^(.+?)[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

type Raw = Partial<Record<DeclarationField, string>>;

export function normalizeDeclaration(raw: Raw): KeyedNormalizeResult<Declaration> {
  const id = text(raw.declaration_id);
  if (id === null) return { ok: false, field: 'declaration_id', text: say('declaration.no_id') };
  if (UNSTORABLE.test(id) || id.length > MAX_ID) {
    return { ok: false, field: 'declaration_id', text: say('declaration.id_unusable', { start: id.slice(0, 24), max: MAX_ID }) };
  }
  const issues: KeyedIssue[] = [];
  let personalId = text(raw.personal_id);
  if (personalId !== null) {
    const result = normalizeCitizenId(personalId);
    personalId = result.value;
    for (const problem of result.issues) issues.push({ field: 'personal_id', ...said(problem) });
  }
  let plate = text(raw.plate);
  if (plate !== null) {
    const result = normalizeCleanPlate(plate);
    plate = result.plate;
    if (!result.ok) issues.push({ field: 'plate', ...said(result.issue) });
  }
  return {
    ok: true,
    item: {
      declaration_id: id,
      declared_at: declaredAt(raw.declared_at, issues),
      personal_id: personalId,
      full_name: text(raw.full_name),
      phone: phone(raw.phone),
      plate,
      chassis: serial(raw.chassis),
      engine: serial(raw.engine),
      brand: text(raw.brand),
      model: text(raw.model),
      color: text(raw.color),
    },
    issues,
  };
}

/** "07/12/2025 09:30", "2025-12-07T09:30:00+07:00" or a date alone → "2025-12-07 09:30" / "2025-12-07". */
function declaredAt(typed: string | undefined, issues: KeyedIssue[]): string | null {
  const value = text(typed);
  if (value === null) return null;
  const timed = DATE_TIME.exec(value);
  const parsed = parseRecordDate(timed ? timed[1]! : value, say('label.declared_at'));
  if (!parsed.ok) {
    issues.push({ field: 'declared_at', ...said(parsed.issue) });
    return value;
  }
  return timed ? `${parsed.iso} ${timed[2]!.padStart(2, '0')}:${timed[3]}` : parsed.iso;
}

function phone(typed: string | undefined): string | null {
  const value = text(typed);
  if (value === null) return null;
  const digits = value.replace(/[\s.()-]/g, '');
  return /^\+?\d+$/.test(digits) ? digits : value;
}

function serial(typed: string | undefined): string | null {
  const value = text(typed);
  if (value === null) return null;
  const stored = normalizeNfcSerial(value);
  return stored === '' ? null : stored;
}

function text(typed: string | undefined): string | null {
  if (typed === undefined) return null;
  const value = cleanText(typed);
  return value === '' ? null : value;
}
