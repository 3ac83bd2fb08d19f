import { describe, expect, it } from 'vitest';
import { birthYearOn, checkedAgainstBirthYear, idBirthYear } from '../../../main/engine/extraction/birth-year-check';
import type { OcrLine } from '../../../main/engine/ocr/ocr-lines';
import { drawn } from '../../fixtures/drawn-glyphs';

const line = (text: string): OcrLine => ({ text, words: [], box: { x0: 0, y0: 0, x1: 100, y1: 40 } });
const idReading = (text: string) => ({
  field: 'owner_id' as const, source: 'form' as const, method: 'label' as const, box: { x: 0, y: 0, w: 10, h: 10 }, text, confidence: 0.97,
  chars: [...text].map((c) => ({ c, confidence: 0.97 })),
});

describe('a CCCD read against the birth year the form prints', () => {
  it('finds the birth year after its label, as a year or a whole date', () => {
    expect(birthYearOn([line('Tên chủ xe: NGUYỄN QUANG ĐẠT Năm sinh: 1978')])).toBe(1978);
    expect(birthYearOn([line('Ngày sinh (Date of birth): 15/08/2001')])).toBe(2001);
    expect(birthYearOn([line('Số máy: JF63E-1978123')])).toBeNull();
  });

  it('reads a handwritten year’s crossed 7 the way its glyph shows it, not as the 1 OCR saw', () => {
    const { grey, box } = drawn(['two', 'zero', 'bare1', 'crossed7']);
    const year = { text: '2011', confidence: 95, box };
    const written: OcrLine = { text: 'Năm sinh: 2011', words: [{ text: 'Năm', confidence: 95, box }, { text: 'sinh:', confidence: 95, box }, year], box };
    expect(birthYearOn([written], { grey, up: 1 })).toBe(2017);
    expect(birthYearOn([written])).toBe(2011);
  });

  it('reads the year a CCCD encodes (century digit, then the year)', () => {
    expect(idBirthYear('066057271637')).toBe(1957);
    expect(idBirthYear('001203012345')).toBe(2003);
    expect(idBirthYear('123456789')).toBeNull();
  });

  it('takes the confidence from an ID whose year contradicts the form, and leaves one that agrees', () => {
    const misread = checkedAgainstBirthYear(idReading('066051211631'), 1957);
    expect(misread.confidence).toBeLessThan(0.6);
    expect(misread.chars.slice(3, 6).every((c) => c.confidence <= 0.5)).toBe(true);
    expect(misread.chars[0]!.confidence).toBe(0.97);
    expect(checkedAgainstBirthYear(idReading('066057271637'), 1957).confidence).toBe(0.97);
    expect(checkedAgainstBirthYear(idReading('066051211631'), null).confidence).toBe(0.97);
  });
});
