import { describe, expect, it } from 'vitest';
import { compareDeclaration, type DeclarationLookup } from '../../../main/engine/declarations/compare-declaration';
import type { Declaration } from '../../../main/engine/declarations/declaration-columns';
import type { FindCandidate } from '../../../main/engine/engine.types';
import type { StationRecord } from '../../../main/engine/records/record';

const RECORD: StationRecord = {
  record_id: 'HS1', plate: '29A-123.45', chassis: 'RLHJF6320BY123456', engine: 'JF63E-1234567', owner_name: 'Phạm Thu Hà', owner_id: '001190012345',
  address: null, brand: 'Honda', model: null, color: 'Đỏ', registered_on: null, issues: [],
};

const lookup: DeclarationLookup = {
  // Exact keys only: enough to tell which field found the record.
  find: (text) =>
    (['chassis', 'engine', 'plate'] as const).flatMap((field): FindCandidate[] => (RECORD[field] === text ? [{ record_id: 'HS1', score: 1, field, why: '', record: RECORD }] : [])),
  byPersonalId: () => undefined,
  byFormerId: () => [],
};

const declared = (d: Partial<Declaration>): Declaration => ({
  declaration_id: 'KB1', declared_at: null, personal_id: '001190012345', full_name: 'Pham Thu Ha', phone: null,
  plate: '29A-123.45', chassis: 'RLHJF6320BY123456', engine: 'JF63E-1234567', brand: 'HONDA', model: null, color: 'đỏ', ...d,
});

describe('a declaration against the record of its vehicle', () => {
  it('is exact when found by chassis, declared by the owner and plate, chassis and engine agree', () => {
    expect(compareDeclaration(declared({}), lookup)).toMatchObject({ match: 'exact', differences: [] });
  });

  it('differs when a vehicle value differs, or when only the plate found it', () => {
    expect(compareDeclaration(declared({ engine: 'JF63E-7654321' }), lookup)).toMatchObject({ match: 'differs', differences: [{ field: 'engine', declared: 'JF63E-7654321', record: 'JF63E-1234567' }] });
    expect(compareDeclaration(declared({ chassis: null, engine: null }), lookup)).toMatchObject({ match: 'differs', differences: [] });
  });

  it('is other_owner when the record names another person, and lists who', () => {
    expect(compareDeclaration(declared({ personal_id: '001085012347', full_name: 'Lê Văn Bình' }), lookup)).toMatchObject({
      match: 'other_owner',
      differences: [
        { field: 'personal_id', declared: '001085012347', record: '001190012345' },
        { field: 'full_name', declared: 'Lê Văn Bình', record: 'Phạm Thu Hà' },
      ],
    });
  });

  it('is no_record, kept, when no record holds the vehicle', () => {
    expect(compareDeclaration(declared({ plate: '88B-000.01', chassis: 'RL4BT9F36K5012345', engine: '1NZ-X123456' }), lookup)).toEqual({ match: 'no_record', record: null, differences: [] });
  });
});
