import { describe, expect, it } from 'vitest';
import { normalizeFieldValue } from '../../../main/engine/extraction/field-values';

describe('normalizeFieldValue', () => {
  it('puts plates in display form', () => {
    expect(normalizeFieldValue('plate', '29a12345')).toBe('29A-123.45');
    expect(normalizeFieldValue('plate', '29-B1 12345')).toBe('29-B1 123.45');
  });
  it('fixes only the letters a VIN can never hold', () => {
    expect(normalizeFieldValue('chassis', 'RLHJF632OBY12345I')).toBe('RLHJF6320BY123451');
    expect(normalizeFieldValue('chassis', 'RLHJF6S20BZ1G3456')).toBe('RLHJF6S20BZ1G3456');
    expect(normalizeFieldValue('chassis', 'rlh jf63 20by 123456')).toBe('RLHJF6320BY123456');
  });
  it('keeps an engine number dash, digits of an ID, ISO dates', () => {
    expect(normalizeFieldValue('engine', 'jf63e-1234567')).toBe('JF63E-1234567');
    expect(normalizeFieldValue('owner_id', '001 203.004005')).toBe('001203004005');
    expect(normalizeFieldValue('registered_on', '5/8/2023')).toBe('2023-08-05');
    expect(normalizeFieldValue('registered_on', '45/8/2023')).toBe('');
  });
  it('cuts debris glued after an engine number at the first mark an engine number never holds', () => {
    expect(normalizeFieldValue('engine', 'P5AT-163495/:+EA')).toBe('P5AT-163495');
    expect(normalizeFieldValue('engine', 'JF63E 1234567')).toBe('JF63E1234567');
  });
});

describe('normalizeFieldValue on text fields', () => {
  it('drops OCR junk at the edges and values without letters', () => {
    expect(normalizeFieldValue('brand', '„HONDA')).toBe('HONDA');
    expect(normalizeFieldValue('color', 'Xám\\ 555+')).toBe('Xám 555');
    expect(normalizeFieldValue('color', '01')).toBe('');
    expect(normalizeFieldValue('owner_name', 'Nguyễn  Văn An')).toBe('Nguyễn Văn An');
  });
});
