/** A row an import kept with an issue is named with its file and row, and the screens say it in Vietnamese. */
import { describe, expect, it } from 'vitest';
import { engineText } from '../../../renderer/src/i18n/engine-text';

describe('a kept row\'s issue on a Vietnamese screen', () => {
  it('names file and row and translates the issue itself, whatever punctuation it ends with', () => {
    expect(engineText('gplx.csv row 4 (kept for review): Valid-until date 2015-02-01 is before the issue date 2020-02-01.', 'vi')).toBe(
      'gplx.csv, dòng 4 (vẫn được nhập để cán bộ xem lại): Ngày hết hạn 01/02/2015 trước ngày cấp 01/02/2020.',
    );
    // An issue ending in a parenthesis once lost its translation to a looser "{0} row {1} {2}." reading.
    expect(engineText('gplx.csv row 7 (kept for review): Licence number "AB12" is not a 12-digit number; it is kept as typed (an older licence format).', 'vi')).toBe(
      'gplx.csv, dòng 7 (vẫn được nhập để cán bộ xem lại): Số giấy phép lái xe “AB12” không phải số 12 chữ số; được giữ nguyên như đã ghi (mẫu giấy phép cũ).',
    );
  });
});
