import { describe, expect, it } from 'vitest';
import { paperCheck } from '../../../main/engine/declarations/paper-check';
import type { FusedFields } from '../../../main/engine/domain/field-reading';

const read = (value: string): { value: string } => ({ value });
const paper = (fields: Partial<Record<'plate' | 'chassis' | 'engine', string>>): FusedFields =>
  ({ plate: fields.plate ? read(fields.plate) : null, chassis: fields.chassis ? read(fields.chassis) : null, engine: fields.engine ? read(fields.engine) : null }) as unknown as FusedFields;

describe('a declaration against its scanned paper', () => {
  it('agrees when plate, chassis and engine are the same once spaces, dots and dashes are ignored', () => {
    const check = paperCheck({ plate: '29A-123.45', chassis: 'RLHJF6320K1234567', engine: 'JF63E-1234567' }, { id: 'DS000001', fields: paper({ plate: '29A12345', chassis: 'RLHJF6320K1234567', engine: 'JF63E 1234567' }) });
    expect(check).toEqual({ dossier_id: 'DS000001', agrees: true, differences: [] });
  });

  it('names each serial the paper reads differently, an OCR-looking one included', () => {
    const check = paperCheck({ plate: '29A-123.45', chassis: 'RLHJF6320K1234567', engine: 'JF63E-1234567' }, { id: 'DS000002', fields: paper({ plate: '29A-123.45', chassis: 'RLHJF6320K1234561', engine: 'JF63E-I234567' }) });
    expect(check.agrees).toBe(false);
    expect(check.differences).toEqual([
      { field: 'chassis', declared: 'RLHJF6320K1234567', paper: 'RLHJF6320K1234561' },
      { field: 'engine', declared: 'JF63E-1234567', paper: 'JF63E-I234567' },
    ]);
  });

  it('names what the paper did not yield without calling it a disagreement, and skips what was not declared', () => {
    const check = paperCheck({ plate: null, chassis: 'RLHJF6320K1234567', engine: 'JF63E-1234567' }, { id: 'DS000003', fields: paper({ chassis: 'RLHJF6320K1234567' }) });
    expect(check).toEqual({ dossier_id: 'DS000003', agrees: true, differences: [{ field: 'engine', declared: 'JF63E-1234567', paper: null }] });
  });
});
