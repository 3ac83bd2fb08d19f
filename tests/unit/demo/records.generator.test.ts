import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../../../main/engine/demo/vn-people';
import { generateRecords, injectConfusion, injectEdit, mulberry32 } from '../../../main/engine/demo/records.generator';
import { vinCheckDigit } from '../../../main/engine/demo/serials';
import { confusionFold, isConfusionPair, searchKey } from '../../../main/engine/lookup/fold';
import { foldedDistance } from '../lookup/brute-force';

const records = [...generateRecords(50_000, 3)];

describe('generateRecords', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect([...generateRecords(500, 3)]).toEqual(records.slice(0, 500));
    const other = [...generateRecords(500, 4)];
    expect(other.filter((r, i) => r.chassis === records[i].chassis).length).toBeLessThan(5);
  });

  it('issues unique record ids, plates and chassis numbers over 50,000 records', () => {
    expect(new Set(records.map((r) => r.record_id)).size).toBe(records.length);
    // Plates must be unique as the lookup sees them, not just as printed.
    expect(new Set(records.map((r) => searchKey(r.plate))).size).toBe(records.length);
    expect(new Set(records.map((r) => r.chassis)).size).toBe(records.length);
    expect(records[0].record_id).toBe('HS000001');
  });

  it('makes VINs without I, O or Q, mostly from Vietnamese makers', () => {
    const vins = records.filter((r) => r.chassis.length === 17);
    expect(vins.length).toBeGreaterThan(records.length * 0.8);
    expect(vins.filter((r) => !/^[A-HJ-NPR-Z0-9]{17}$/.test(r.chassis))).toEqual([]);
    const wmis = new Set(vins.map((r) => r.chassis.slice(0, 3)));
    for (const wmi of ['RLH', 'RLC', 'RL4', 'RLL', 'RL0']) expect(wmis).toContain(wmi);
    expect(vins.filter((r) => r.chassis.startsWith('RL')).length).toBeGreaterThan(vins.length * 0.9);
    // Foreign makers' check digits are always valid; Vietnamese ones only sometimes.
    for (const r of vins.filter((v) => /^(JTN|KMH|WDD|KLA)/.test(v.chassis))) expect(r.chassis[8]).toBe(vinCheckDigit(r.chassis));
    const older = records.filter((r) => r.chassis.length < 17);
    expect(older.length).toBeGreaterThan(0);
  });

  it('makes plates in the real shapes, with legal series letters', () => {
    const shapes = [
      /^\d{2}[A-Z]-\d{3}\.\d{2}$/, // 29A-123.45
      /^\d{2}[A-Z]-\d{4}$/, // 29A-1234
      /^\d{2}-[A-Z]\d \d{3}\.\d{2}$/, // 29-B1 123.45
      /^\d{2}-[A-Z]\d \d{4}$/, // 29-B1 1234
      /^\d{2}-[A-Z]{2} \d{3}\.\d{2}$/, // 29-HA 002.33
      /^\d{2}(LD|DA|KT|R|RM|MK|HC|CD|T|TĐ)-\d{3}\.\d{2}$/,
      /^\d{2}-MĐ\d \d{3}\.\d{2}$/,
      /^\d{2}-\d{3}-NG-\d{2}$/,
    ];
    const counts = shapes.map(() => 0);
    const bad: string[] = [];
    for (const r of records) {
      const i = shapes.findIndex((re) => re.test(r.plate));
      const province = Number(r.plate.slice(0, 2));
      const series = r.plate.replace(/^\d{2}-?/, '').replace(/[-\s\d.].*$/, '');
      if (i < 0 || province < 11 || province > 99 || /[IJOQW]/.test(series)) bad.push(r.plate);
      else counts[i]++;
    }
    expect(bad).toEqual([]);
    for (const c of counts) expect(c).toBeGreaterThan(0);
  });

  it('makes structurally valid citizen IDs consistent with the owner’s age', () => {
    const provinceCodes = new Set(PROVINCES.map((p) => p.cccd));
    let cccd = 0;
    let cmnd = 0;
    const bad: string[] = [];
    for (const r of records) {
      if (/^\d{9}$/.test(r.owner_id)) {
        cmnd++;
        continue;
      }
      cccd++;
      const centurySex = Number(r.owner_id[3]);
      const birthYear = (centurySex < 2 ? 1900 : 2000) + Number(r.owner_id.slice(4, 6));
      const age = Number(r.registered_on.slice(0, 4)) - birthYear;
      const valid = /^\d{12}$/.test(r.owner_id) && provinceCodes.has(r.owner_id.slice(0, 3)) && centurySex <= 3 && age >= 18 && age <= 70;
      if (!valid) bad.push(`${r.owner_id} registered ${r.registered_on}`);
    }
    expect(bad).toEqual([]);
    expect(cccd).toBeGreaterThan(cmnd);
    expect(cmnd).toBeGreaterThan(0);
    expect(records.filter((r) => r.owner_id.startsWith('001')).length).toBeGreaterThan(records.length * 0.4);
  });

  it('gives owners Vietnamese names and addresses in NFC, and some owners several vehicles', () => {
    for (const r of records.slice(0, 2000)) {
      expect(r.owner_name.normalize('NFC')).toBe(r.owner_name);
      expect(r.address.normalize('NFC')).toBe(r.address);
      expect(r.owner_name.split(' ').length).toBeGreaterThanOrEqual(3);
    }
    expect(records.some((r) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(r.owner_name))).toBe(true);
    const perOwner = new Map<string, number>();
    for (const r of records) perOwner.set(r.owner_id, (perOwner.get(r.owner_id) ?? 0) + 1);
    const repeated = [...perOwner.values()].filter((n) => n > 1).length;
    expect(repeated).toBeGreaterThan(records.length * 0.02);
    expect(repeated).toBeLessThan(records.length * 0.1);
  });

  it('fills vehicle fields and ISO registration dates', () => {
    for (const r of records.slice(0, 5000)) {
      expect(r.registered_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${r.registered_on}T00:00:00Z`).toISOString().slice(0, 10)).toBe(r.registered_on);
      expect(r.registered_on >= '1995-01-01' && r.registered_on <= '2025-06-30').toBe(true);
      for (const field of ['brand', 'model', 'color', 'engine'] as const) expect(r[field].length).toBeGreaterThan(0);
    }
    const brands = new Set(records.map((r) => r.brand));
    for (const b of ['Honda', 'Yamaha', 'Toyota', 'VinFast', 'Ford']) expect(brands).toContain(b);
    expect(records.some((r) => r.model === 'Wave Alpha' && /^JA39E-\d{7}$/.test(r.engine))).toBe(true);
  });
});

describe('query variants', () => {
  it('injectConfusion changes exactly one character into an OCR look-alike', () => {
    const rng = mulberry32(1);
    for (const r of records.slice(0, 2000)) {
      const value = r.chassis;
      const misread = injectConfusion(value, rng);
      expect(misread).not.toBe(value);
      expect(misread.length).toBe(value.length);
      const diffs = [...value].map((c, i) => [c, misread[i]]).filter(([a, b]) => a !== b);
      expect(diffs).toHaveLength(1);
      expect(isConfusionPair(diffs[0][0], diffs[0][1])).toBe(true);
      expect(confusionFold(misread)).toBe(confusionFold(value));
    }
    expect(injectConfusion('AHKX', rng)).toBe('AHKX');
  });

  it('injectEdit makes a slip exactly one edit away, even allowing for OCR confusions', () => {
    const rng = mulberry32(2);
    for (const r of records.slice(0, 2000)) {
      for (const value of [r.plate, r.chassis, r.engine, r.owner_id]) {
        expect(foldedDistance(injectEdit(value, rng), value)).toBe(1);
      }
    }
  });
});
