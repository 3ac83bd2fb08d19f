/**
 * One row of the traffic police department's list of vehicles past their service life (hết niên hạn sử dụng) or
 * out of circulation (không lưu hành), as read from its file with the records importer's readers (CLI.md columns).
 * A row names its vehicle by record id, chassis or plate (any it has); its reason is required, since a mark
 * without one could not tell the officer why the paper leaves the shelf.
 */
import { parseRecordDate } from '../records/date';
import { normalizeCleanPlate } from '../records/plate';
import { defineTableColumns, headerKey, type TableColumns } from '../records/table-columns';
import { normalizeNfcSerial } from '../records/vin';
import type { KeyedNormalizeResult } from '../reconcile/keyed-import';
import { cleanText } from '../text/vietnamese';
import { say } from '../domain/messages/catalogue';
import type { RetiredReason } from '../domain/retired';

export const RETIRED_FIELDS = ['record_id', 'chassis', 'plate', 'reason', 'listed_on'] as const;
export type RetiredField = (typeof RETIRED_FIELDS)[number];

export { RETIRED_REASONS, type RetiredReason } from '../domain/retired';

/** A list row ready to be matched with a record. */
export interface ListedVehicle {
  record_id: string | null;
  chassis: string | null;
  plate: string | null;
  reason: RetiredReason;
  /** ISO date the department listed the vehicle, when the file gives one. */
  listed_on: string | null;
}

export const RETIRED_COLUMNS: TableColumns<RetiredField> = defineTableColumns<RetiredField>({
  key: 'reason',
  synonyms: {
    record_id: ['mahoso', 'recordid', 'mahs', 'sohoso'],
    chassis: ['sokhung', 'chassis', 'chassisno', 'vin', 'sovin'],
    plate: ['bienso', 'plate', 'biensoxe', 'bks', 'biendangky', 'licenseplate'],
    reason: ['lydo', 'reason', 'lydothuhoi', 'tinhtrang', 'status'],
    listed_on: ['ngay', 'listedon', 'ngaydanhsach', 'ngaylapdanhsach', 'ngaythongbao', 'date', 'listdate'],
  },
  missingKey: (file, found) => say('columns.missing_key', { file, column: say('column.reason_values'), found }),
  singleColumn: (file, shown) => say('columns.single_column', { file, column: say('column.reason'), shown }),
});

/** Folded spellings of each reason: the codes, the Vietnamese words (with or without "sử dụng"), English. */
const REASON_WORDS: Record<RetiredReason, readonly string[]> = {
  het_nien_han: ['hetnienhan', 'hetnienhansudung', 'xehetnienhan', 'xehetnienhansudung', 'pastservicelife', 'endoflife', 'expired'],
  khong_luu_hanh: ['khongluuhanh', 'xekhongluuhanh', 'khongconluuhanh', 'ngungluuhanh', 'outofcirculation', 'notincirculation'],
};
const REASON_BY_WORD = new Map(Object.entries(REASON_WORDS).flatMap(([reason, words]) => words.map((w) => [w, reason as RetiredReason] as const)));

/**
 * A reason as typed ("Hết niên hạn sử dụng", "KHONG_LUU_HANH", "Xe hết niên hạn sử dụng (ô tô con)") → its code;
 * null when it names neither, or both.
 */
export function parseRetiredReason(typed: string): RetiredReason | null {
  const folded = headerKey(typed);
  const exact = REASON_BY_WORD.get(folded);
  if (exact) return exact;
  const past = folded.includes('hetnienhan');
  const out = folded.includes('khongluuhanh') || folded.includes('ngungluuhanh');
  return past === out ? null : past ? 'het_nien_han' : 'khong_luu_hanh';
}

export function normalizeListedVehicle(raw: Partial<Record<RetiredField, string>>): KeyedNormalizeResult<ListedVehicle> {
  const record_id = text(raw.record_id);
  const chassisText = text(raw.chassis);
  const chassis = chassisText === null ? null : normalizeNfcSerial(chassisText) || null;
  const plateText = text(raw.plate);
  const plate = plateText === null ? null : normalizeCleanPlate(plateText).plate;
  if (record_id === null && chassis === null && plate === null) {
    return { ok: false, field: 'record_id', text: say('retired.no_vehicle') };
  }
  const typedReason = text(raw.reason);
  if (typedReason === null) {
    return { ok: false, field: 'reason', text: say('retired.no_reason') };
  }
  const reason = parseRetiredReason(typedReason);
  if (reason === null) {
    return { ok: false, field: 'reason', text: say('retired.bad_reason', { reason: typedReason.slice(0, 60) }) };
  }
  let listed_on: string | null = null;
  const typedDate = text(raw.listed_on);
  if (typedDate !== null) {
    const parsed = parseRecordDate(typedDate, say('label.listed_on'));
    if (!parsed.ok) return { ok: false, field: 'listed_on', text: parsed.issue };
    listed_on = parsed.iso;
  }
  return { ok: true, item: { record_id, chassis, plate, reason, listed_on }, issues: [] };
}

function text(typed: string | undefined): string | null {
  if (typed === undefined) return null;
  const value = cleanText(typed);
  return value === '' ? null : value;
}
