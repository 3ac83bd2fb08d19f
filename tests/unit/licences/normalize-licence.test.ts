import { describe, expect, it } from 'vitest';
import { normalizeLicence } from '../../../main/engine/licences/normalize-licence';
import { renderMessage } from '../../../main/engine/domain/messages/render';

const ROW = {
  licence_no: '0101 2345 6789',
  class: 'a1,b2',
  full_name: ' Phạm  Thu Hà ',
  birth_date: '15/03/1990',
  personal_id: '001.190.012.345',
  issued_on: '01/02/2015',
  valid_until: '01/02/2035',
  issued_by: 'Sở GTVT Hà Nội',
};

const ok = (raw: Partial<typeof ROW>) => {
  const result = normalizeLicence({ ...ROW, ...raw });
  if (!result.ok) throw new Error(`rejected: ${renderMessage(result.text, 'en')}`);
  // Each issue as the command line prints it (its coded message is the screens' concern).
  return { ...result, issues: result.issues.map(({ field, message }) => ({ field, message })) };
};

describe('licence rows (issue 18 import rules)', () => {
  it('stores a current licence with a 12-digit number, classes listed "A1, B2" and ISO dates, without issues', () => {
    const { item, issues } = ok({});
    expect(item).toEqual({
      licence_no: '010123456789',
      class: 'A1, B2',
      full_name: 'Phạm Thu Hà',
      birth_date: '1990-03-15',
      personal_id: '001190012345',
      issued_on: '2015-02-01',
      valid_until: '2035-02-01',
      issued_by: 'Sở GTVT Hà Nội',
    });
    expect(issues).toEqual([]);
  });

  it('accepts the 2025 classes and the old F classes', () => {
    expect(ok({ class: 'A, B, C1E; D2E' }).item.class).toBe('A, B, C1E, D2E');
    expect(ok({ class: 'FC' }).issues).toEqual([]);
  });

  it('keeps an older number with letters as typed, with an issue on licence_no', () => {
    const { item, issues } = ok({ licence_no: 'AB123456' });
    expect(item.licence_no).toBe('AB123456');
    expect(issues).toEqual([{ field: 'licence_no', message: expect.stringContaining('"AB123456" is not a 12-digit number') }]);
  });

  it('keeps an all-digit number of the wrong length as typed, with an issue naming the lost leading zero', () => {
    expect(ok({ licence_no: '10123456789' })).toMatchObject({
      item: { licence_no: '10123456789', full_name: 'Phạm Thu Hà' },
      issues: [{ field: 'licence_no', message: 'Licence number 10123456789 has 11 digits, but a licence number has 12 (a leading 0 may have been lost in a spreadsheet); it is kept as typed.' }],
    });
    expect(ok({ licence_no: '0101 2345 67890' })).toMatchObject({
      item: { licence_no: '0101234567890' },
      issues: [{ field: 'licence_no', message: 'Licence number 0101234567890 has 13 digits, but a licence number has 12; it is kept as typed.' }],
    });
  });

  it('rejects a number a spreadsheet wrote in exponent form, and reads one it kept as text with an apostrophe', () => {
    const exponent = normalizeLicence({ ...ROW, licence_no: '1.01235E+11' });
    expect(exponent).toMatchObject({ ok: false, field: 'licence_no' });
    expect(!exponent.ok && renderMessage(exponent.text, 'en')).toContain('exponent form');
    expect(ok({ licence_no: "'010123456789" })).toMatchObject({ item: { licence_no: '010123456789' }, issues: [] });
  });

  it('reads classes written with their label or other separators', () => {
    expect(ok({ class: 'Hạng B2' }).item.class).toBe('B2');
    expect(ok({ class: 'A1-B2 | C' })).toMatchObject({ item: { class: 'A1, B2, C' }, issues: [] });
  });

  it('rejects a row without a licence number', () => {
    expect(normalizeLicence({ ...ROW, licence_no: '  ' })).toMatchObject({ ok: false, field: 'licence_no' });
  });

  it('keeps an unknown class as typed and names it', () => {
    const { item, issues } = ok({ class: 'B2, B9' });
    expect(item.class).toBe('B2, B9');
    expect(issues).toEqual([{ field: 'class', message: expect.stringMatching(/^Class "B9" is not a driving-licence class/) }]);
  });

  it('names a valid-until date before the issue date', () => {
    const { item, issues } = ok({ issued_on: '05/05/2020', valid_until: '01/01/2019' });
    expect(item.valid_until).toBe('2019-01-01');
    expect(issues).toEqual([{ field: 'valid_until', message: 'Valid-until date 2019-01-01 is before the issue date 2020-05-05.' }]);
  });

  it('takes a valid-until date in the future, and "Không thời hạn" as no expiry', () => {
    expect(ok({ valid_until: '31/12/2099' }).item.valid_until).toBe('2099-12-31');
    const { item, issues } = ok({ valid_until: 'KHÔNG THỜI HẠN' });
    expect(item.valid_until).toBeNull();
    expect(issues).toEqual([]);
  });

  it('keeps an impossible date as typed with an issue, and an issue date in the future is named', () => {
    const bad = ok({ birth_date: '31/02/1990' });
    expect(bad.item.birth_date).toBe('31/02/1990');
    expect(bad.issues).toEqual([{ field: 'birth_date', message: 'Birth date "31/02/1990" is not a real date.' }]);
    expect(ok({ issued_on: '01/01/2199' }).issues).toEqual([{ field: 'issued_on', message: 'Issue date "01/01/2199" is in the future.' }]);
  });

  it('keeps a former 9-digit CMND, and names a personal ID that is neither', () => {
    expect(ok({ personal_id: '123456789' })).toMatchObject({ item: { personal_id: '123456789' }, issues: [] });
    expect(ok({ personal_id: '12345' }).issues).toEqual([{ field: 'personal_id', message: expect.stringContaining('has 5 digits') }]);
  });
});
