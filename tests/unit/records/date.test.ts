import { describe, expect, it } from 'vitest';
import { parseRecordDate } from '../../../main/engine/records/date';
import { renderMessage } from '../../../main/engine/domain/messages/render';

const today = new Date(2026, 0, 15);
const read = (typed: string): ReturnType<typeof parseRecordDate> => parseRecordDate(typed, 'Registration date', today);

describe('record dates', () => {
  it.each([
    ['15/08/2023', '2023-08-15'],
    ['5/8/2023', '2023-08-05'],
    ['15-08-2023', '2023-08-15'],
    ['15.08.2023', '2023-08-15'],
    ['2023-08-15', '2023-08-15'],
    ['2023/8/5', '2023-08-05'],
    ['2023-08-15T00:00:00.000Z', '2023-08-15'],
    ['2023-08-15 10:30:00', '2023-08-15'],
    ['29/02/2024', '2024-02-29'],
    ['45153', '2023-08-15'], // an Excel serial number
    ['45153.5', '2023-08-15'],
    ['15/01/2026', '2026-01-15'], // today
  ])('reads %s as %s', (typed, iso) => {
    expect(read(typed)).toEqual({ ok: true, iso });
  });

  it('reads day before month, as Vietnamese documents always write it', () => {
    expect(read('03/04/2020')).toEqual({ ok: true, iso: '2020-04-03' });
  });

  it.each([
    ['31/02/2020', /is not a real date/],
    ['29/02/2023', /is not a real date/],
    ['15/13/2020', /is not a real date/],
    ['16/01/2026', /is in the future/],
    ['01/01/2031', /is in the future/],
    ['01/01/1890', /before 1900/],
    ['2019', /not a date in a known format/],
    ['15/08/23', /not a date in a known format/],
    ['tháng 8 năm 2023', /not a date in a known format/],
  ])('rejects %s with an issue', (typed, issue) => {
    const result = read(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(renderMessage(result.issue, 'en')).toMatch(issue);
  });

  it('names the field and the value in its issue', () => {
    const result = read('31/02/2020');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(renderMessage(result.issue, 'en')).toBe('Registration date "31/02/2020" is not a real date.');
  });
});
