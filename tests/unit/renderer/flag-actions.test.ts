import { describe, expect, it } from 'vitest';
import type { ReviewFlag } from '../../../preload/contract';
import { actionsFor } from '../../../renderer/src/review/flagActions';
import { vi } from '../../../renderer/src/i18n/vi';

const flag = (field: string, kind: ReviewFlag['kind']): ReviewFlag => ({
  field,
  kind,
  scan_value: null,
  record_value: null,
  severity: 50,
  hint: null,
  readings: [],
  decision: null,
});
const labels = (f: ReviewFlag): string[] => actionsFor(f).map((a) => vi[a.label]);

describe('the answers offered for each kind of flag', () => {
  it('offers record or paper for a field that differs', () => {
    expect(labels(flag('chassis', 'mismatch'))).toEqual(['Dữ liệu đúng', 'Giấy đúng', 'Nhập giá trị', 'Cần quét lại']);
  });

  it('offers linking, never "record is right", for a dossier linked to no record', () => {
    const offered = labels(flag('record', 'unmatched'));
    expect(offered).not.toContain('Dữ liệu đúng');
    expect(offered).not.toContain('Giấy đúng');
    expect(offered).toContain('Nhập mã hồ sơ để liên kết');
  });

  it('offers a paper licence linked to no licence record its licence number, not a vehicle record id', () => {
    const offered = actionsFor(flag('record', 'unmatched'), 'licence').map((a) => vi[a.label]);
    expect(offered).toEqual(['Nhập số GPLX để liên kết', 'Giữ hồ sơ, chưa có giấy phép lái xe', 'Cần quét lại']);
  });

  it('offers keeping both or another record for two dossiers of one record, and keeping or re-scanning repeated pages', () => {
    expect(labels(flag('record', 'duplicate'))).toEqual(['Giữ cả hai hồ sơ', 'Liên kết với bản ghi khác', 'Cần quét lại']);
    expect(labels(flag('pages', 'duplicate'))).toEqual(['Giữ cả hai hồ sơ', 'Cần quét lại']);
  });
});
