import { describe, expect, it } from 'vitest';
import { fieldFlags } from '../../../main/engine/review/flags';
import { mismatchHint } from '../../../main/engine/review/hint';
import type { StationRecord } from '../../../main/engine/records/record';
import { SCAN_FIELDS, type FieldReading, type FusedFields } from '../../../main/engine/domain/field-reading';

const record: StationRecord = {
  record_id: 'HS000001',
  plate: '29A-123.45',
  chassis: 'RLHJF6320BY123456',
  engine: null,
  owner_name: 'Nguyễn Văn An',
  owner_id: '001089123456',
  address: 'Số 12, phường Mai Dịch, quận Cầu Giấy, Hà Nội',
  brand: 'HONDA',
  model: 'AIR BLADE',
  color: 'Đỏ',
  registered_on: '2015-03-02',
  issues: [],
};

const reading = (field: FieldReading['field'], text: string, source: FieldReading['source'], confidence = 0.95, page = 0): FieldReading => ({
  field,
  page,
  source,
  box: { x: 10, y: 20, w: 300, h: 40 },
  text,
  confidence,
  chars: [...text].map((c) => ({ c, confidence })),
});

function scan(values: Partial<Record<string, string>>, confidence = 0.9): FusedFields {
  return Object.fromEntries(SCAN_FIELDS.map((f) => [f, values[f] ? { value: values[f]!, confidence } : null])) as FusedFields;
}

describe('flags', () => {
  it('asks the officer to read the paper when the difference rests only on characters the reader doubted', () => {
    // The ID's 7th digit was read 1 at 0.75 (a re-read disputed it); every other digit is sure.
    const doubted: FieldReading = { ...reading('owner_id', '001089123457', 'form', 0.97), chars: [...'001089123457'].map((c, i) => ({ c, confidence: i === 11 ? 0.75 : 0.97 })) };
    const asked = fieldFlags(scan({ ...record, owner_id: '001089123457' } as never, 0.89), record, [doubted]).find((f) => f.field === 'owner_id');
    expect(asked).toMatchObject({ kind: 'unreadable', scan_value: '001089123457', record_value: '001089123456', hint: 'ocr_misread' });
    // Read surely, the same difference is a mismatch; and a sure copy elsewhere makes it one too.
    const sure = reading('owner_id', '001089123457', 'certificate', 0.97);
    expect(fieldFlags(scan({ ...record, owner_id: '001089123457' } as never, 0.89), record, [sure]).find((f) => f.field === 'owner_id')?.kind).toBe('mismatch');
    expect(fieldFlags(scan({ ...record, owner_id: '001089123457' } as never, 0.89), record, [doubted, sure]).find((f) => f.field === 'owner_id')?.kind).toBe('mismatch');
  });

  it('asks the paper to be read where one copy differs from the record by a look-alike (S for 5) or by a character it did not read surely, and claims a difference read surely or far off', () => {
    const engine = (value: string, confidence: number, chars = 0.98): ReturnType<typeof fieldFlags>[number] | undefined =>
      fieldFlags(scan({ ...record, engine: value } as never, confidence), { ...record, engine: 'JF58E-8582401' }, [reading('engine', value, 'form', chars)]).find((f) => f.field === 'engine');
    expect(engine('JFS8E-8582401', 0.89)).toMatchObject({ kind: 'unreadable', scan_value: 'JFS8E-8582401', record_value: 'JF58E-8582401' });
    expect(engine('JF58E-8582403', 0.89)?.kind).toBe('mismatch');
    expect(engine('JF58E-8582491', 0.89)?.kind).toBe('mismatch');
    // The one copy's differing digit read at 0.88 (the page pass alone, a hand): the paper to read, not a claim.
    expect(engine('JF58E-8582403', 0.86, 0.88)).toMatchObject({ kind: 'unreadable', scan_value: 'JF58E-8582403', record_value: 'JF58E-8582401' });
    // A digit lost or gained (no character to weigh): the paper to read; another engine altogether: a difference.
    expect(engine('JF58E-858240', 0.89)?.kind).toBe('unreadable');
    expect(engine('JC52E-1170934', 0.86, 0.88)?.kind).toBe('mismatch');
    // Two copies agreeing on the look-alike make it sure: a difference.
    expect(engine('JFS8E-8582401', 0.99)?.kind).toBe('mismatch');
  });

  it('flags a confusion-only difference, with every reading as evidence', () => {
    const readings = [reading('chassis', 'RLHJF632DBY123456', 'form', 0.95), reading('chassis', 'RLHJF6320BY123456', 'rubbing')];
    const flags = fieldFlags(scan({ ...record, chassis: 'RLHJF632DBY123456', engine: 'JF63E-1234567' } as never), record, readings);
    const chassis = flags.find((f) => f.field === 'chassis')!;
    expect(chassis).toMatchObject({ kind: 'mismatch', scan_value: 'RLHJF632DBY123456', record_value: 'RLHJF6320BY123456', hint: 'ocr_misread' });
    expect(chassis.readings).toHaveLength(2);
    expect(flags.find((f) => f.field === 'engine')).toMatchObject({ kind: 'missing_in_record', record_value: null });
  });

  it('does not flag what is the same written differently, and flags what is missing on paper', () => {
    const paper = scan({ plate: '29A12345', chassis: 'RLHJF6320BY123456', owner_name: 'NGUYEN VAN AN', owner_id: '001089123456', address: 'Số 12, P. Mai Dịch, Q. Cầu Giấy, Hà Nội', registered_on: '2015-03-02' });
    const flags = fieldFlags(paper, record, []);
    expect(flags).toEqual([]);
    const without = fieldFlags(scan({ plate: '29A12345', chassis: 'RLHJF6320BY123456' }), record, [reading('owner_name', '~~', 'certificate', 0.1)]);
    expect(without.map((f) => [f.field, f.kind])).toEqual(
      expect.arrayContaining([
        ['owner_name', 'unreadable'],
        ['owner_id', 'missing_on_scan'],
      ]),
    );
  });

  it('asks the paper to be read, not claimed missing, for a field a read declaration form prints but no reading gave', () => {
    const read = fieldFlags(scan({ plate: '29A12345', chassis: 'RLHJF6320BY123456' }), record, [reading('plate', '29A-123.45', 'form')]);
    expect(read.find((f) => f.field === 'owner_id')).toMatchObject({ kind: 'unreadable', scan_value: null, record_value: '001089123456' });
    expect(read.find((f) => f.field === 'address')?.kind).toBe('unreadable');
    // A certificate prints no citizen ID: with only a certificate read, the ID is missing on paper, its address not.
    const card = fieldFlags(scan({ plate: '29A12345', chassis: 'RLHJF6320BY123456' }), record, [reading('plate', '29A-123.45', 'certificate')]);
    expect(card.find((f) => f.field === 'owner_id')?.kind).toBe('missing_on_scan');
    expect(card.find((f) => f.field === 'address')?.kind).toBe('unreadable');
  });

  it('asks for a name or an address read below the review threshold to be read on paper rather than claiming a change', () => {
    const name = fieldFlags(scan({ ...record, owner_name: 'Nguyéh Văn An' } as never, 0.89), record, [reading('owner_name', 'Nguyéh Văn An', 'form', 0.89)]);
    expect(name.find((f) => f.field === 'owner_name')?.kind).toBe('unreadable');
    // A hand's name misread word by word, each word a letter or two off: the paper to read, not another owner.
    const hand = fieldFlags(scan({ ...record, owner_name: 'Vie Vin Long' } as never, 0.89), { ...record, owner_name: 'Vũ Văn Long' }, []);
    expect(hand.find((f) => f.field === 'owner_name')?.kind).toBe('unreadable');
    const son = fieldFlags(scan({ ...record, owner_name: 'Nguyễn Văn Bình' } as never, 0.89), record, []);
    expect(son.find((f) => f.field === 'owner_name')?.kind).toBe('mismatch');
    // Another owner's name, read as doubtfully, is still a difference the officer decides.
    const other = fieldFlags(scan({ ...record, owner_name: 'Trần Thị Bình' } as never, 0.89), record, [reading('owner_name', 'Trần Thị Bình', 'form', 0.89)]);
    expect(other.find((f) => f.field === 'owner_name')?.kind).toBe('mismatch');
    const read = 'Số 12, phường Mai Dịch, quận Cầu Giấy, Hà Nội'.replace('12', '17');
    const doubtful = fieldFlags(scan({ ...record, address: read } as never, 0.89), record, [reading('address', read, 'form', 0.89)]);
    expect(doubtful.find((f) => f.field === 'address')).toMatchObject({ kind: 'unreadable', scan_value: read });
    const sure = fieldFlags(scan({ ...record, address: read } as never, 0.95), record, [reading('address', read, 'form', 0.95), reading('address', read, 'certificate', 0.95, 1)]);
    expect(sure.find((f) => f.field === 'address')?.kind).toBe('mismatch');
    // A small hand's address read a quarter wrong, with the record's house and lane numbers: the paper to read;
    // another street and ward at the same numbers, read as doubtfully, is a difference.
    const street = 'Số 175, ngõ 168, phố Tôn Đức Thắng, phường Khương Mai, quận Hai Bà Trưng, Hà Nội';
    const placed = (value: string): string | undefined => fieldFlags(scan({ ...record, address: value } as never, 0.88), { ...record, address: street }, []).find((f) => f.field === 'address')?.kind;
    expect(placed('8 175 ngã 168, phế Tân Đức Thing, phường Khaeng Mac, quận Hai Ba Tung, Ha Nec')).toBe('unreadable');
    expect(placed('Số 175, ngõ 168, phố Huế, phường Phố Huế, quận Hai Bà Trưng, Hà Nội')).toBe('mismatch');
    // A date a digit off, read from one hand-filled copy: the paper to read; another year and month, or a sure read, a difference.
    const dated = (value: string, confidence: number): string | undefined => fieldFlags(scan({ ...record, registered_on: value } as never, confidence), record, []).find((f) => f.field === 'registered_on')?.kind;
    expect(dated('2015-03-09', 0.73)).toBe('unreadable');
    expect(dated('2019-11-25', 0.73)).toBe('mismatch');
    expect(dated('2015-03-09', 0.95)).toBe('mismatch');
  });

  it('flags a name whose syllable a read marks otherwise than the record (Hoà / Hoá): a mismatch when sure, else the paper to read; not marks a read lost or a record typed bare', () => {
    const named = (name: string): StationRecord => ({ ...record, owner_name: name });
    const sure = fieldFlags(scan({ ...record, owner_name: 'Bùi Diệu Hoà' } as never, 0.99), named('Bùi Diệu Hoá'), []);
    expect(sure.find((f) => f.field === 'owner_name')).toMatchObject({ kind: 'mismatch', scan_value: 'Bùi Diệu Hoà', record_value: 'Bùi Diệu Hoá' });
    expect(fieldFlags(scan({ ...record, owner_name: 'Bùi Diệu Hoà' } as never, 0.89), named('Bùi Diệu Hoá'), []).find((f) => f.field === 'owner_name')).toMatchObject({ kind: 'unreadable' });
    expect(fieldFlags(scan({ ...record, owner_name: 'Bùi Diệu Hoa' } as never, 0.89), named('Bùi Diệu Hoá'), []).find((f) => f.field === 'owner_name')).toBeUndefined();
    expect(fieldFlags(scan({ ...record, owner_name: 'Bùi Diệu Hoà' } as never, 0.99), named('BUI DIEU HOA'), []).find((f) => f.field === 'owner_name')).toBeUndefined();
    expect(fieldFlags(scan({ ...record, owner_name: 'BÙI DIỆU HOÀ' } as never, 0.99), named('Bùi Diệu Hoà'), []).find((f) => f.field === 'owner_name')).toBeUndefined();
    // A stacked mark lost, however surely read ("TIÊN" for Tiến off two copies): the paper to read, not another name.
    expect(fieldFlags(scan({ ...record, owner_name: 'Lý Tiên Thắng' } as never, 0.99), named('Lý Tiến Thắng'), []).find((f) => f.field === 'owner_name')?.kind).toBe('unreadable');
    expect(fieldFlags(scan({ ...record, owner_name: 'Lý Tiến Thắng' } as never, 0.99), named('Lý Tiên Thắng'), []).find((f) => f.field === 'owner_name')?.kind).toBe('mismatch');
  });

  it('orders by severity: the vehicle identity before the owner and the address', () => {
    const paper = scan({ plate: '29A12345', chassis: 'RLHJF6320BY999999', owner_name: 'Trần Bình', owner_id: '001089123456', address: 'Số 99 phố Huế', registered_on: '2015-03-02' });
    const flags = fieldFlags(paper, record, []).sort((a, b) => b.severity - a.severity);
    expect(flags.map((f) => f.field)).toEqual(['chassis', 'owner_name', 'address']);
  });
});

describe('hints', () => {
  it('calls it a record error when every copy agrees confidently, and an OCR misread when a copy reads the record', () => {
    const agreeing = [reading('engine', 'JF63E-1234567', 'form'), reading('engine', 'JF63E-1234567', 'rubbing')];
    expect(mismatchHint('engine', 'JF63E-1234567', 'JF63E-1234561', agreeing)).toBe('record_error');
    const split = [reading('engine', 'JF63E-1234567', 'form'), reading('engine', 'JF63E-1234561', 'rubbing')];
    expect(mismatchHint('engine', 'JF63E-1234567', 'JF63E-1234561', split)).toBe('ocr_misread');
  });

  it('uses the VIN check digit when it tells the two values apart', () => {
    // 1M8GDM9AXKP042788 is a valid North-American VIN; one character changed breaks its check digit.
    expect(mismatchHint('chassis', '1M8GDM9AXKP042788', '1M8GDM9AXKP042789', [reading('chassis', '1M8GDM9AXKP042788', 'form')])).toBe('record_error');
    expect(mismatchHint('chassis', '1M8GDM9AXKP042789', '1M8GDM9AXKP042788', [reading('chassis', '1M8GDM9AXKP042789', 'form')])).toBe('ocr_misread');
  });
});
