/**
 * A row of the department's retired list: its reason in every spelling a list may use, the rows that cannot be
 * used (one sentence each), and the order in which a row finds its record — id, chassis (OCR-tolerant), then a
 * plate exactly one record holds — with a sentence saying why when none is found.
 */
import { describe, expect, it } from 'vitest';
import type { FindCandidate } from '../../../main/engine/engine.types';
import type { StationRecord } from '../../../main/engine/records/record';
import { findListedVehicle, type ListedVehicleLookup } from '../../../main/engine/retired/find-listed-vehicle';
import { normalizeListedVehicle, parseRetiredReason, type ListedVehicle } from '../../../main/engine/retired/retired-list';
import { renderMessage } from '../../../main/engine/domain/messages/render';
import type { Locale, MessageParam } from '../../../main/engine/domain/messages/message';

/** Why no record was found, as a screen in that language shows it. */
const whyIn = (why: MessageParam, locale: Locale): string => (typeof why === 'object' ? renderMessage(why, locale) : String(why));

describe('retired list reasons', () => {
  it.each([
    ['het_nien_han', 'het_nien_han'],
    ['HẾT NIÊN HẠN', 'het_nien_han'],
    ['Hết niên hạn sử dụng', 'het_nien_han'],
    ['Hết niên hạn sử dụng'.normalize('NFD'), 'het_nien_han'],
    ['hết-niên-hạn', 'het_nien_han'],
    ['khong_luu_hanh', 'khong_luu_hanh'],
    ['Không lưu hành', 'khong_luu_hanh'],
    ['KHONG LUU HANH', 'khong_luu_hanh'],
    ['Xe hết niên hạn sử dụng (ô tô con)', 'het_nien_han'],
    ['Ngừng lưu hành', 'khong_luu_hanh'],
    ['hết niên hạn / không lưu hành', null],
    ['bị mất', null],
    ['hết hạn đăng kiểm', null],
  ])('reads %j as %s', (typed, reason) => {
    expect(parseRetiredReason(typed)).toBe(reason);
  });
});

describe('a list row', () => {
  it('keeps the keys it has, canonical, and the date as ISO', () => {
    const r = normalizeListedVehicle({ chassis: ' rlhjf6320by123456 ', plate: '29a12345', reason: 'Hết niên hạn', listed_on: '01/11/2025' });
    expect(r).toEqual({ ok: true, item: { record_id: null, chassis: 'RLHJF6320BY123456', plate: '29A-123.45', reason: 'het_nien_han', listed_on: '2025-11-01' }, issues: [] });
  });

  it.each([
    [{ reason: 'het_nien_han' }, 'record_id', /names no vehicle/],
    [{ record_id: 'HS1' }, 'reason', /has no reason/],
    [{ record_id: 'HS1', reason: 'thanh lý' }, 'reason', /the reason "thanh lý" is neither het_nien_han .* nor khong_luu_hanh/],
    [{ record_id: 'HS1', reason: 'het_nien_han', listed_on: '31/02/2025' }, 'listed_on', /the list date "31\/02\/2025" is not a real date/],
    [{ record_id: 'HS1', reason: 'het_nien_han', listed_on: 'tuần trước' }, 'listed_on', /not a date in a known format/],
  ])('is rejected with one sentence: %j', (raw, field, message) => {
    const r = normalizeListedVehicle(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.field).toBe(field);
      expect(renderMessage(r.text, 'en')).toMatch(message);
    }
  });
});

function record(record_id: string, plate: string, chassis: string): StationRecord & { seq: number } {
  return {
    seq: Number(record_id.replace(/\D/g, '')),
    record_id,
    plate,
    chassis,
    engine: null,
    owner_name: null,
    owner_id: null,
    address: null,
    brand: null,
    model: null,
    color: null,
    registered_on: null,
    issues: [],
  } as unknown as StationRecord & { seq: number };
}

/** A lookup over a few records: exact keys, and a chassis one OCR confusion away (0.85) when fuzzy. */
function lookupOver(records: (StationRecord & { seq: number })[]): ListedVehicleLookup & { calls: string[] } {
  const calls: string[] = [];
  const fold = (s: string): string => s.replace(/[O]/g, '0').replace(/[I]/g, '1').replace(/[B]/g, '8');
  return {
    calls,
    byRecordId: (id) => records.find((r) => r.record_id === id),
    find(text, fuzzy) {
      calls.push(`${text}${fuzzy ? '~' : ''}`);
      const hits: FindCandidate[] = [];
      for (const r of records) {
        if (r.plate === text) hits.push({ record_id: r.record_id, score: 1, field: 'plate', why: '', record: r });
        if (r.chassis === text) hits.push({ record_id: r.record_id, score: 1, field: 'chassis', why: '', record: r });
        else if (fuzzy && r.chassis && fold(r.chassis) === fold(text)) hits.push({ record_id: r.record_id, score: 0.85, field: 'chassis', why: '', record: r });
      }
      return hits.sort((a, b) => b.score - a.score);
    },
  };
}

const row = (over: Partial<ListedVehicle>): ListedVehicle => ({ record_id: null, chassis: null, plate: null, reason: 'het_nien_han', listed_on: null, ...over });

describe('finding the listed vehicle', () => {
  const records = [
    record('HS1', '29A-111.11', 'RLHJF6320BY000001'),
    record('HS2', '29A-222.22', 'RLHJF6320BY000002'),
    record('HS3', '30E-333.33', 'RLHJF6320BY000003'),
    record('HS4', '30E-333.33', 'RLHJF6320BY000004'),
  ];

  it('takes the record id first, even when the chassis names another record', () => {
    const found = findListedVehicle(row({ record_id: 'HS1', chassis: 'RLHJF6320BY000002' }), lookupOver(records));
    expect(found).toMatchObject({ by: 'record_id', record: { record_id: 'HS1' } });
  });

  it('falls back to the chassis when the id is unknown, tolerating an OCR confusion', () => {
    const lookup = lookupOver(records);
    const found = findListedVehicle(row({ record_id: 'HS9', chassis: 'RLHJF632OBYOOOOO2' }), lookup);
    expect(found).toMatchObject({ by: 'chassis', record: { record_id: 'HS2' } });
    expect(lookup.calls).toEqual(['RLHJF632OBYOOOOO2', 'RLHJF632OBYOOOOO2~']);
  });

  it('takes a plate only when exactly one record holds it', () => {
    expect(findListedVehicle(row({ plate: '29A-222.22' }), lookupOver(records))).toMatchObject({ by: 'plate', record: { record_id: 'HS2' } });
    const shared = findListedVehicle(row({ plate: '30E-333.33' }), lookupOver(records));
    expect('why' in shared && whyIn(shared.why, 'en')).toBe('plate 30E-333.33 is held by more than one record (HS3, HS4), and a plate alone cannot tell which vehicle is meant');
  });

  it('says for every key it tried why nothing was found', () => {
    const found = findListedVehicle(row({ record_id: 'HS9', chassis: 'XXXXXXXXXXXXXXXXX', plate: '99Z-999.99' }), lookupOver(records));
    expect('why' in found && whyIn(found.why, 'en')).toBe('no record has id HS9; no record has chassis XXXXXXXXXXXXXXXXX; no record has plate 99Z-999.99');
    expect('why' in found && whyIn(found.why, 'vi')).toBe('không có hồ sơ mã HS9; không có hồ sơ số khung XXXXXXXXXXXXXXXXX; không có hồ sơ biển số 99Z-999.99');
  });
});
