import { describe, expect, it } from 'vitest';
import { normalizeResident } from '../../../main/engine/residents/normalize-resident';
import { renderMessage } from '../../../main/engine/domain/messages/render';

const GOOD = { personal_id: '001 190 012 345', full_name: ' Phạm  Thu Hà', birth_date: '15/03/1990', sex: 'nữ', former_id: '123.456.789', address: 'Phường Láng, Hà Nội' };

describe('register rows', () => {
  it('stores a good row in canonical form', () => {
    expect(normalizeResident(GOOD)).toEqual({
      ok: true,
      item: { personal_id: '001190012345', full_name: 'Phạm Thu Hà', birth_date: '1990-03-15', sex: 'Nữ', former_id: '123456789', address: 'Phường Láng, Hà Nội' },
      issues: [],
    });
  });

  it.each([
    [{ personal_id: '' }, 'personal_id', 'The row has no personal ID (Số định danh cá nhân), so it cannot be stored.'],
    [{ personal_id: '00119001234' }, 'personal_id', 'Personal ID 00119001234 has 11 digits, but a personal ID (CCCD) has 12 (a leading 0 may have been lost in a spreadsheet).'],
    [{ personal_id: '123456789' }, 'personal_id', 'Personal ID 123456789 has 9 digits, but a personal ID (CCCD) has 12.'],
    [{ personal_id: '003190012345' }, 'personal_id', 'Citizen ID 003190012345 starts with 003, which is not the code of any province.'],
    [{ personal_id: '001590012345' }, 'personal_id', 'Citizen ID 001590012345 has 5 as its 4th digit, but that digit is 0–3 for anyone born 1900–2099.'],
    [{ personal_id: '00119001234X' }, 'personal_id', 'Personal ID "00119001234X" contains characters other than digits.'],
    [{ birth_date: '30/02/1990' }, 'birth_date', 'Birth date "30/02/1990" is not a real date.'],
    [{ birth_date: '15/03/2990' }, 'birth_date', 'Birth date "15/03/2990" is in the future.'],
  ])('rejects %j naming the field', (change, field, message) => {
    const result = normalizeResident({ ...GOOD, ...change });
    expect(result.ok ? result : { ok: false, field: result.field, message: renderMessage(result.text, 'en') }).toEqual({ ok: false, field, message });
  });

  it('keeps softer problems as issues', () => {
    const result = normalizeResident({ ...GOOD, birth_date: '15/03/1991', sex: 'Nam', former_id: '12345' });
    expect(result.ok && result.issues.map((i) => i.field)).toEqual(['birth_date', 'sex', 'former_id']);
  });
});
