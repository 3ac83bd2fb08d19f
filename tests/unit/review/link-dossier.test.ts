import { describe, expect, it } from 'vitest';
import { linkDossier, type FoundRecord, type LinkKey } from '../../../main/engine/review/link-dossier';
import type { StationRecord } from '../../../main/engine/records/record';
import { SCAN_FIELDS, type FusedFields } from '../../../main/engine/domain/field-reading';

const base: StationRecord = {
  record_id: 'HS000001',
  plate: '29A-123.45',
  chassis: 'RLHJF6320BY123456',
  engine: 'JF63E-1234567',
  owner_name: 'Nguyễn Văn An',
  owner_id: '001089123456',
  address: null,
  brand: 'HONDA',
  model: 'AIR BLADE',
  color: 'Đỏ',
  registered_on: '2015-03-02',
  issues: [],
};

function scanOf(values: Partial<Record<string, string>>): FusedFields {
  return Object.fromEntries(SCAN_FIELDS.map((f) => [f, values[f] ? { value: values[f]!, confidence: 0.9 } : null])) as FusedFields;
}

/** A stand-in for the lookup index: exact or one-character-off matches on the same field. */
function finder(records: StationRecord[]): (text: string, field: LinkKey) => FoundRecord[] {
  const near = (a: string, b: string): boolean => a.length === b.length && [...a].filter((c, i) => c !== b[i]).length <= 1;
  return (text, field) =>
    records.filter((r) => r[field] && near(r[field]!.replace(/[-. ]/g, ''), text.replace(/[-. ]/g, ''))).map((record) => ({ record_id: record.record_id, field, record }));
}

describe('linking a dossier to its record', () => {
  const paper = scanOf({ plate: '29A-123.45', chassis: 'RLHJF6320BY123456', engine: 'JF63E-1234567', owner_id: '001089123456', owner_name: 'NGUYEN VAN AN' });

  it('links on the vehicle with a high confidence and says why', () => {
    const v = linkDossier(paper, finder([base]));
    expect(v.record?.record_id).toBe('HS000001');
    expect(v.confidence).toBeGreaterThan(0.9);
    expect(v.reason).toMatch(/chassis matches.*engine matches/);
  });

  it('never links on the plate alone: the plate moved to another vehicle of the owner', () => {
    const otherVehicle = { ...base, record_id: 'HS000002', chassis: 'RLHJA3920KY654321', engine: 'JA39E-7654321' };
    const v = linkDossier(paper, finder([otherVehicle]));
    expect(v.record).toBeNull();
    expect(v.reason).toMatch(/chassis or engine/);
  });

  it('a doubtful engine read that contradicts the record does not stop a link the chassis, plate and ID make; a sure one does', () => {
    const record = { ...base, chassis: 'RLHJF6320BY123457' };
    const read = (confidence: number): FusedFields => ({
      ...scanOf({ plate: '29A-123.45', chassis: 'RLHJF6320BY123456', owner_id: '001089123456' }),
      engine: { value: 'JF6LE-I834561', confidence },
    });
    expect(linkDossier(read(0.7), finder([record])).record?.record_id).toBe('HS000001');
    expect(linkDossier(read(0.97), finder([record])).record).toBeNull();
  });

  it('a near-twin (chassis one character off, other plate and engine) does not steal the link', () => {
    const twin = { ...base, record_id: 'HS000009', chassis: 'RLHJF6320BY123457', plate: '30F-555.55', engine: 'JF63E-7654321', owner_id: '079201000001' };
    const slipped = { ...base, chassis: 'RLHJF6320BY123458' };
    const v = linkDossier(paper, finder([twin, slipped]));
    expect(v.record?.record_id).toBe('HS000001');
    expect(v.candidates.map((c) => c.record_id)).toEqual(['HS000001', 'HS000009']);
  });

  it('links when the chassis read slipped two characters but the plate and the engine (one confusion off) agree', () => {
    const read = scanOf({ plate: '29A-123.45', chassis: 'RLHJF632BY1234856', engine: 'JF63E-I234567' });
    const v = linkDossier(read, finder([base]));
    expect(v.record?.record_id).toBe('HS000001');
    const another = scanOf({ plate: '29A-123.45', chassis: 'RLHJA3920KY654321', engine: 'JF63E-I234567' });
    expect(linkDossier(another, finder([base])).record).toBeNull();
  });

  it('sends a tie to the officer with both candidates', () => {
    const onlyPlateAndOwner = scanOf({ plate: '29A-123.45', owner_id: '001089123456', chassis: 'RLHJF6320BY123456' });
    const a = { ...base, engine: null };
    const b = { ...base, record_id: 'HS000002', engine: null };
    const v = linkDossier(onlyPlateAndOwner, finder([a, b]));
    expect(v.record).toBeNull();
    expect(v.candidates).toHaveLength(2);
    expect(v.reason).toMatch(/2 records fit/);
  });

  it('links on plate and citizen ID together only when no serial could be read, with a low confidence', () => {
    const noSerials = scanOf({ plate: '29A-123.45', owner_id: '001089123456' });
    const v = linkDossier(noSerials, finder([base]));
    expect(v.record?.record_id).toBe('HS000001');
    expect(v.confidence).toBeLessThanOrEqual(0.6);
    expect(linkDossier(scanOf({ plate: '29A-123.45' }), finder([base])).record).toBeNull();
  });
});
