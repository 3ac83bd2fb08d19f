import { describe, expect, it } from 'vitest';
import { fuseReadings } from '../../../main/engine/extraction/fuse';
import { vinCheckDigitValid } from '../../../main/engine/records/vin';
import type { FieldReading, ReadingSource, ScanField } from '../../../main/engine/domain/field-reading';

/** A reading whose characters all share one confidence unless `low` names positions read poorly. */
function reading(field: ScanField, text: string, source: ReadingSource, confidence = 0.9, low: number[] = []): FieldReading {
  const chars = [...text].map((c, i) => ({ c, confidence: low.includes(i) ? 0.3 : confidence }));
  const mean = chars.reduce((s, c) => s + c.confidence, 0) / chars.length;
  return { field, page: source === 'certificate' ? 1 : 0, source, box: null, text, confidence: mean, chars };
}

describe('fuseReadings', () => {
  it('gives null for every field when there is nothing to read', () => {
    const fused = fuseReadings([]);
    expect(Object.values(fused).every((f) => f === null)).toBe(true);
  });

  it('ignores empty and whitespace-only readings', () => {
    const fused = fuseReadings([reading('plate', ' ', 'form'), { ...reading('engine', 'x', 'form'), text: '' }]);
    expect(fused.plate).toBeNull();
    expect(fused.engine).toBeNull();
  });

  it('takes the value the copies agree on, with high confidence', () => {
    const fused = fuseReadings([reading('plate', '29A-123.45', 'form'), reading('plate', '29A-123.45', 'certificate')]);
    expect(fused.plate?.value).toBe('29A-123.45');
    expect(fused.plate?.confidence).toBeGreaterThan(0.95);
  });

  it('groups copies that differ only in separators, case or Đ/D', () => {
    const fused = fuseReadings([reading('engine', 'JF63E-1234567', 'form'), reading('engine', 'JF63E1234567', 'certificate'), reading('engine', 'JF63E 1234567', 'rubbing', 0.5)]);
    expect(fused.engine?.value).toBe('JF63E-1234567');
    expect(fused.engine?.confidence).toBeGreaterThan(0.9);
  });

  it('outvotes one misread copy (8 read as B) with two agreeing copies', () => {
    const fused = fuseReadings([
      reading('chassis', 'RLHJF6320BY123456', 'form'),
      reading('chassis', 'RLHJF6320BY123456', 'certificate'),
      reading('chassis', 'RLHJF6320BY123456'.replace('2', 'Z'), 'rubbing', 0.95),
    ]);
    expect(fused.chassis?.value).toBe('RLHJF6320BY123456');
  });

  it('assembles the value position by position when no two copies agree, trusting confident characters', () => {
    const truth = 'RLHJF6320BY123456';
    const a = truth.slice(0, 3) + '8' + truth.slice(4); // J misread, read poorly
    const b = truth.slice(0, 14) + 'S' + truth.slice(15); // 4 misread, read poorly
    const fused = fuseReadings([reading('chassis', a, 'form', 0.9, [3]), reading('chassis', b, 'certificate', 0.9, [14])]);
    expect(fused.chassis?.value).toBe(truth);
  });

  it('uses a valid VIN check digit to break a tie between equally confident readings, never to reject', () => {
    const valid = '1M8GDM9AXKP042788';
    expect(vinCheckDigitValid(valid)).toBe(true);
    const other = '1M8GDM9AXKP042789';
    expect(vinCheckDigitValid(other)).toBe(false);
    for (const order of [[valid, other], [other, valid]]) {
      const fused = fuseReadings(order.map((t, i) => reading('chassis', t, i === 0 ? 'form' : 'certificate')));
      expect(fused.chassis?.value).toBe(valid);
    }
    // A lone VIN with a failing check digit is still the value.
    expect(fuseReadings([reading('chassis', other, 'form')]).chassis?.value).toBe(other);
  });

  it('does not let a misread that passes the check digit by chance outvote a more confident copy', () => {
    // Vietnamese VINs mostly carry no check digit: one misread in eleven passes it by chance.
    const truth = '1M8GDM9AXKP042789';
    const misread = '1M8GDM9AXKP012786';
    expect(vinCheckDigitValid(misread)).toBe(true);
    // The form's copy read the two characters it got wrong with little confidence.
    const fused = fuseReadings([reading('chassis', misread, 'form', 0.9, [12, 16]), reading('chassis', truth, 'certificate', 0.97)]);
    expect(fused.chassis?.value).toBe(truth);
  });

  it('keeps the diacritics of the best reading of a name and compares names without them', () => {
    const fused = fuseReadings([
      reading('owner_name', 'NGUYEN VAN AN', 'certificate', 0.95),
      reading('owner_name', 'Nguyễn Văn An', 'form', 0.8),
      reading('owner_name', 'NGUYỄN VĂN AN', 'certificate', 0.9),
    ]);
    expect(fused.owner_name?.value).toBe('Nguyễn Văn An');
    expect(fused.owner_name?.confidence).toBeGreaterThan(0.9);
  });

  it('takes the copy of a name whose every word is a Vietnamese syllable over one as sure with a word none can be', () => {
    const fused = fuseReadings([reading('owner_name', 'Pham Mink Thai', 'form', 0.95), reading('owner_name', 'PHAM MINH THAO', 'certificate', 0.95)]);
    expect(fused.owner_name?.value).toBe('Phạm Minh Thảo');
    expect(fused.owner_name?.confidence).toBeLessThan(0.9);
  });

  it('is sure of a name only when two copies spell it with the same marks, not when one lost a mark the other kept', () => {
    const sure = fuseReadings([reading('owner_name', 'Lý Tiến Thắng', 'form', 0.98), reading('owner_name', 'LÝ TIẾN THẮNG', 'certificate', 0.95)]);
    expect(sure.owner_name).toMatchObject({ value: 'Lý Tiến Thắng' });
    expect(sure.owner_name!.confidence).toBeGreaterThan(0.9);
    const unsure = fuseReadings([reading('owner_name', 'Lý Tiên Thắng', 'form', 0.98), reading('owner_name', 'LY TIÊN THẮNG', 'certificate', 0.95)]);
    expect(unsure.owner_name).toMatchObject({ value: 'Lý Tiên Thắng' });
    expect(unsure.owner_name!.confidence).toBeLessThan(0.9);
  });

  it('orders confidence: agreeing copies > one copy > disagreeing copies', () => {
    const agree = fuseReadings([reading('owner_id', '001203004005', 'form', 0.8), reading('owner_id', '001203004005', 'other', 0.8)]).owner_id;
    const single = fuseReadings([reading('owner_id', '001203004005', 'form', 0.8)]).owner_id;
    const disagree = fuseReadings([reading('owner_id', '001203004005', 'form', 0.8), reading('owner_id', '0012030040', 'other', 0.8)]).owner_id;
    expect(agree!.confidence).toBeGreaterThan(single!.confidence);
    expect(single!.confidence).toBeGreaterThan(disagree!.confidence);
    for (const f of [agree, single, disagree]) {
      expect(f!.confidence).toBeGreaterThanOrEqual(0);
      expect(f!.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('prefers agreement across kinds of paper over a single more confident copy', () => {
    const fused = fuseReadings([
      reading('plate', '29-B1 123.45', 'form', 0.6),
      reading('plate', '29-B1 123.45', 'certificate', 0.6),
      reading('plate', '29-B1 128.45', 'rubbing', 0.99),
    ]);
    expect(fused.plate?.value).toBe('29-B1 123.45');
  });

  it('keeps fields apart', () => {
    const fused = fuseReadings([reading('engine', 'P5AT-502336', 'form'), reading('chassis', 'RL0UMFF867Y589494', 'form')]);
    expect(fused.engine?.value).toBe('P5AT-502336');
    expect(fused.chassis?.value).toBe('RL0UMFF867Y589494');
    expect(fused.plate).toBeNull();
  });
});

describe('fuseReadings shape evidence', () => {
  it('prefers a plate in a valid format over an equally confident fragment', () => {
    const fused = fuseReadings([reading('plate', '31T-489.02', 'form', 0.9), reading('plate', 'NT-48', 'certificate', 0.92)]);
    expect(fused.plate?.value).toBe('31T-489.02');
  });
});

describe('fuseReadings on addresses', () => {
  it('takes the full address when another copy holds only its first line', () => {
    const full = 'Số 124, ngõ 184, phố Hoàng Quốc Việt, phường Nghĩa Đô, quận Thanh Xuân, Hà Nội';
    const fused = fuseReadings([reading('address', 'Số 124, ngõ 184, phố Hoàng Quốc Việt', 'form', 0.98), reading('address', full, 'certificate', 0.97)]);
    expect(fused.address?.value).toBe(full);
  });

  it('writes the owner name in title case with the family name restored, from capitals-only copies', () => {
    const fused = fuseReadings([reading('owner_name', 'NGUYEN MINH HƯƠNG', 'form'), reading('owner_name', 'NGUYEN MINH HƯƠNG', 'certificate')]);
    expect(fused.owner_name?.value).toBe('Nguyễn Minh Hương');
  });

  it('starts a fused address with a capital', () => {
    const fused = fuseReadings([reading('address', 'số 1, phố Huế, Hà Nội', 'certificate')]);
    expect(fused.address?.value).toBe('Số 1, phố Huế, Hà Nội');
  });

  it('prefers the typed copy of a date over a hand-filled form whose words read poorly', () => {
    const fused = fuseReadings([
      reading('owner_name', 'Vw Công Cường', 'form', 0.85),
      reading('registered_on', '2016-11-02', 'form', 0.99),
      reading('owner_name', 'VŨ CÔNG CƯỜNG', 'certificate', 0.98),
      reading('registered_on', '2018-11-02', 'certificate', 0.99),
    ]);
    expect(fused.registered_on?.value).toBe('2018-11-02');
  });

  it('does not discount a typed form whose words read about as well as the certificate', () => {
    const fused = fuseReadings([
      reading('owner_name', 'Huỳnh Thu Thảo', 'form', 0.97),
      reading('registered_on', '2008-05-03', 'form', 0.99),
      reading('owner_name', 'HUỲNH THU THẢO', 'certificate', 0.98),
      reading('registered_on', '2008-05-05', 'certificate', 0.99),
    ]);
    expect(fused.registered_on?.value).toBe('2008-05-03');
  });
});

describe('a value no copy read whole', () => {
  it('takes characters side by side that the copies dispute from one copy, never a mix of both', () => {
    // The form lost its place (J as A, A as S); the rubbing read both right. Position by position the form's
    // A and the rubbing's A would spell "RLHAA…", which neither copy read.
    const fused = fuseReadings([
      reading('chassis', 'RLHAS3929HT389179', 'form', 0.94, [4]),
      reading('chassis', 'RLHJA3929HT389179', 'rubbing', 0.98, [3]),
    ]);
    expect(fused.chassis?.value).toBe('RLHJA3929HT389179');
    expect(fused.chassis?.confidence).toBeLessThan(0.9);
  });

  it('is assembled from the copies\' best characters where their misreads lie apart, but asked of the officer', () => {
    const fused = fuseReadings([
      reading('chassis', 'RLHJA3929HT389170', 'form', 0.95, [16]),
      reading('chassis', 'RLHJA3B29HT389179', 'rubbing', 0.95, [6]),
    ]);
    expect(fused.chassis?.value).toBe('RLHJA3929HT389179');
    expect(fused.chassis?.confidence).toBeLessThan(0.9);
  });
});
