import { describe, expect, it } from 'vitest';
import { reconcileSubject } from '../../../main/engine/reconcile/reconcile-subject';
import type { RegisterLookup, RegisterPerson, SubjectFacts } from '../../../main/engine/reconcile/subject';
import { OWNER_FIELDS } from '../../../main/engine/owners/owner-subject';
import { nameKey } from '../../../main/engine/reconcile/reconcile-subject';

const HA: RegisterPerson = { personal_id: '001190012345', full_name: 'Phạm Thu Hà', birth_date: '1990-03-15', former_id: '123456789', address: 'Phường Láng, Hà Nội' };
const HA2: RegisterPerson = { personal_id: '001190054321', full_name: 'Phạm Thu Hà', birth_date: '1990-03-15', former_id: null, address: 'Xã Sóc Sơn, Hà Nội' };

function register(people: RegisterPerson[]): RegisterLookup {
  return {
    byPersonalId: (id) => people.find((p) => p.personal_id === id),
    byFormerId: (id) => people.filter((p) => p.former_id === id),
    byNameAndBirth: (key, birth) => people.filter((p) => p.full_name !== null && nameKey(p.full_name) === key && (birth === null || p.birth_date === birth)),
  };
}

const owner = (facts: Partial<SubjectFacts>): SubjectFacts => ({ key: 'HS1', personalId: HA.personal_id, name: HA.full_name, birthDate: HA.birth_date, address: HA.address, ...facts });
const check = (facts: Partial<SubjectFacts>, people = [HA, HA2]): ReturnType<typeof reconcileSubject> => reconcileSubject(owner(facts), register(people), OWNER_FIELDS);

describe('owner reconciliation (CLI.md statuses)', () => {
  it('matches when name and birth date agree, folding case, spaces and NFD', () => {
    expect(check({ name: '  PHẠM   thu HÀ '.normalize('NFD') })).toEqual({ status: 'match', personal_id: HA.personal_id, differences: [] });
  });

  it('matches when the record lacks a birth date, and lists an address difference without changing the status', () => {
    expect(check({ birthDate: null, address: 'Số 5 Ngõ 12, Quận Đống Đa, Hà Nội' })).toEqual({
      status: 'match',
      personal_id: HA.personal_id,
      differences: [{ field: 'address', record_value: 'Số 5 Ngõ 12, Quận Đống Đa, Hà Nội', register_value: HA.address, hint: null }],
    });
  });

  it('names a spelling difference ("Pham Thu Ha") apart from another name', () => {
    expect(check({ name: 'Pham Thu Ha' }).differences).toEqual([{ field: 'owner_name', record_value: 'Pham Thu Ha', register_value: HA.full_name, hint: 'spelling' }]);
    expect(check({ name: 'Phạm Thị Hà' })).toMatchObject({ status: 'differs', differences: [{ field: 'owner_name', hint: null }] });
  });

  it('lists a birth-date difference as differs', () => {
    expect(check({ birthDate: '1990-05-13' })).toEqual({
      status: 'differs',
      personal_id: HA.personal_id,
      differences: [{ field: 'owner_birth_date', record_value: '1990-05-13', register_value: HA.birth_date, hint: null }],
    });
  });

  it('proposes the personal ID for a former CMND, then lists the other differences', () => {
    expect(check({ personalId: '123456789', name: 'Pham Thu Ha' })).toEqual({
      status: 'legacy_id',
      personal_id: HA.personal_id,
      differences: [
        { field: 'owner_id', record_value: '123456789', register_value: HA.personal_id, hint: null },
        { field: 'owner_name', record_value: 'Pham Thu Ha', register_value: HA.full_name, hint: 'spelling' },
      ],
    });
  });

  it('says not_found for an ID in neither column, no_id for none', () => {
    expect(check({ personalId: '079190012345' })).toEqual({ status: 'not_found', personal_id: null, differences: [] });
    expect(check({ personalId: null, name: 'Ngô Văn Lạ' })).toEqual({ status: 'no_id', personal_id: null, differences: [] });
  });

  it('proposes a candidate for no_id only when name, birth date (and address, for namesakes) single one out', () => {
    expect(check({ personalId: null }).differences).toEqual([{ field: 'owner_id', record_value: null, register_value: HA.personal_id, hint: 'candidate' }]);
    expect(check({ personalId: null, address: null }).differences).toEqual([]);
    expect(check({ personalId: null, address: null }, [HA]).differences).toEqual([{ field: 'owner_id', record_value: null, register_value: HA.personal_id, hint: 'candidate' }]);
  });
});
