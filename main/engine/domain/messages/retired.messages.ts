/**
 * The department's list of vehicles past their service life or out of circulation: rows refused, and rows kept
 * as unmatched with why no record was found for them (each key tried, one clause per key).
 */
import { defineMessages } from './message';

export const retiredMessages = defineMessages({
  'retired.no_vehicle': {
    en: 'the row names no vehicle (no record id, chassis or plate), so it cannot be matched.',
    vi: 'dòng không nêu xe nào (không có mã hồ sơ, số khung hay biển số) nên không đối chiếu được.',
  },
  'retired.no_reason': {
    en: 'the row has no reason (Lý do): write het_nien_han (past service life) or khong_luu_hanh (out of circulation).',
    vi: 'dòng không có lý do (Lý do): ghi het_nien_han (hết niên hạn sử dụng) hoặc khong_luu_hanh (không lưu hành).',
  },
  'retired.bad_reason': {
    en: 'the reason "{reason}" is neither het_nien_han (hết niên hạn sử dụng, past service life) nor khong_luu_hanh (không lưu hành, out of circulation).',
    vi: 'lý do “{reason}” không phải het_nien_han (hết niên hạn sử dụng) cũng không phải khong_luu_hanh (không lưu hành).',
  },
  // Lowercase: it opens the clause after "row N:".
  'label.listed_on': { en: 'the list date', vi: 'ngày danh sách' },
  'retired.unmatched': {
    en: '{file} row {row} matches no record: {why}. It is kept on the list of unmatched rows for the officer.',
    vi: '{file} dòng {row} không khớp hồ sơ nào: {why}. Dòng được giữ trong danh sách chưa khớp để cán bộ xem.',
  },
  'list.semicolon': { en: '{first}; {next}', vi: '{first}; {next}' },
  'retired.no_id': { en: 'no record has id {id}', vi: 'không có hồ sơ mã {id}' },
  'retired.no_chassis': { en: 'no record has chassis {chassis}', vi: 'không có hồ sơ số khung {chassis}' },
  'retired.chassis_tie': { en: 'chassis {chassis} fits several records equally', vi: 'số khung {chassis} khớp ngang nhau với nhiều hồ sơ' },
  'retired.no_plate': { en: 'no record has plate {plate}', vi: 'không có hồ sơ biển số {plate}' },
  'retired.plate_shared': {
    en: 'plate {plate} is held by more than one record ({records}), and a plate alone cannot tell which vehicle is meant',
    vi: 'biển số {plate} thuộc nhiều hồ sơ ({records}), chỉ biển số thì không biết là xe nào',
  },
});
