import { describe, expect, it } from 'vitest';
import { fuseReadings } from '../../../main/engine/extraction/fuse';
import { mergeMarks } from '../../../main/engine/extraction/mark-merge';
import type { FieldReading, ReadingSource } from '../../../main/engine/domain/field-reading';

const chars = (text: string, confidence = 0.9): { c: string; confidence: number }[] => [...text].map((c) => ({ c, confidence }));
const text = (cs: { c: string }[] | null): string | null => (cs ? cs.map((c) => c.c).join('') : null);

function reading(value: string, source: ReadingSource, confidence: number): FieldReading {
  return { field: 'owner_name', page: source === 'certificate' ? 1 : 0, source, box: null, text: value, confidence, chars: chars(value, confidence) };
}

describe('merging two reads of a name line', () => {
  it('keeps a mark only one read saw on a capital', () => {
    expect(text(mergeMarks(chars('PHAN NGOC THUY', 0.98), chars('PHAN NGỌC THUỶ', 0.89)))).toBe('PHAN NGỌC THUỶ');
    expect(text(mergeMarks(chars('HOÀNG THỊ ANH', 0.97), chars('HOÀNG THỊ ÁNH', 0.9)))).toBe('HOÀNG THỊ ÁNH');
  });

  it('does not trust a mark from an unsure read, and leaves reads of different letters alone', () => {
    expect(text(mergeMarks(chars('THANH', 0.95), chars('THÁNH', 0.4)))).toBe('THANH');
    expect(mergeMarks(chars('NGUYEN VAN AN'), chars('NGUYEN VAN ANH'))).toBeNull();
  });

  it('lets a certificate restore the mark a typed form lost, across copies', () => {
    const fused = fuseReadings([reading('PHAN NGOC THUY', 'form', 0.98), reading('PHAN NGỌC THUỶ', 'certificate', 0.9)]);
    expect(fused.owner_name?.value).toBe('Phan Ngọc Thuỷ');
  });
});
