import { describe, expect, it } from 'vitest';
import { generateRecords, injectConfusion, injectEdit, mulberry32 } from '../../../main/engine/demo/records.generator';
import { RecordIndex } from '../../../main/engine/lookup/record-index';
import { bruteForceRefs, type KeyedRecord } from './brute-force';

const HONDA = { plate: '29A-123.45', chassis: 'RLHJF6320BY123456', engine: 'JF63E-1234567', owner_id: '001090012345' };
const YAMAHA = { plate: '30-B1 567.89', chassis: 'RLC5C6405RY912173', engine: '5C64-836296', owner_id: '079185001122' };

function station(): RecordIndex {
  const index = new RecordIndex();
  index.add(1, HONDA);
  index.add(2, YAMAHA);
  return index;
}

function generated(count: number, seed: number): KeyedRecord[] {
  let ref = 100;
  return [...generateRecords(count, seed)].map((r) => ({ ref: ref++, plate: r.plate, chassis: r.chassis, engine: r.engine, owner_id: r.owner_id }));
}

describe('RecordIndex exact and confusion matches', () => {
  it('finds a plate however it is spaced, dotted or cased', () => {
    const index = station();
    for (const typed of ['29A-123.45', '29a 123 45', '29A12345', ' 29 A-12345 ']) {
      const [hit] = index.search(typed);
      expect(hit).toMatchObject({ ref: 1, field: 'plate', kind: 'exact', score: 1, why: 'plate matches exactly' });
    }
  });

  it('finds a chassis read with O for 0 and says which confusion explains it', () => {
    const [hit] = station().search('RLHJF632OBY123456');
    expect(hit).toMatchObject({ ref: 1, field: 'chassis', kind: 'confusion' });
    expect(hit.why).toBe('chassis matches if "O" is read as "0" (position 9)');
    expect(hit.score).toBeLessThan(1);
  });

  it('finds a plate read with I for 1', () => {
    const [hit] = station().search('29A-I23.45');
    expect(hit).toMatchObject({ ref: 1, field: 'plate', kind: 'confusion' });
    expect(hit.why).toBe('plate matches if "I" is read as "1" (position 4)');
  });

  it('ranks fewer confusions above more', () => {
    const index = new RecordIndex();
    index.add(1, { chassis: 'RLHJF6320BY123456' });
    const one = index.search('RLHJF632OBY123456')[0];
    const three = index.search('RLHJF632OBY1Z3456')[0];
    expect(three.why).toBe('chassis matches if "O" is read as "0" (position 9) and "Z" as "2" (position 13)');
    expect(one.score).toBeGreaterThan(three.score);
  });
});

describe('RecordIndex one-edit slips', () => {
  it.each([
    ['substitution', 'JF63E-1234568', 'engine differs by one character: "8" in the search text where the record has "7" (position 12)'],
    ['transposition', 'JF63E-1234576', 'engine differs by two neighbouring characters swapped: "6" and "7" at positions 11–12'],
    ['insertion', 'JF63E-12344567', 'engine has one character fewer: the search text has an extra "4" at position 10'],
    ['deletion', 'JF63E-123567', 'engine has one character more: the search text is missing "4" at position 9'],
  ])('finds an engine number with one %s', (_slip, typed, why) => {
    const [hit] = station().search(typed);
    expect(hit).toMatchObject({ ref: 1, field: 'engine', kind: 'edit', why });
  });

  it('places an inserted look-alike where it explains the text without a confusion', () => {
    const index = new RecordIndex();
    index.add(1, { plate: '29A-123.45' });
    const [hit] = index.search('29A-L123.45');
    expect(hit).toMatchObject({ ref: 1, kind: 'edit', why: 'plate has one character fewer: the search text has an extra "L" at position 4' });
  });

  it('finds a citizen ID with an extra digit', () => {
    const [hit] = station().search('0010900123453');
    expect(hit).toMatchObject({ ref: 1, field: 'owner_id', kind: 'edit' });
    expect(hit.why).toBe('owner_id has one character fewer: the search text has an extra "3" at position 13');
  });

  it('finds a confusion plus a slip, ranked below plain slips', () => {
    const [hit] = station().search('RLHJF632OBY123457');
    expect(hit).toMatchObject({ ref: 1, field: 'chassis', kind: 'confusion+edit' });
    expect(hit.why).toContain('"O" is read as "0" (position 9)');
    expect(hit.score).toBeLessThan(0.7);
  });

  it('ranks exact above confusion above edit above confusion+edit', () => {
    const index = new RecordIndex();
    index.add(1, { chassis: 'RLHJF6320BY123456' }); // exact
    index.add(2, { chassis: 'RLHJF632OBY123456' }); // confusion (as stored by a careless import)
    index.add(3, { chassis: 'RLHJF6320BY123457' }); // one edit
    index.add(4, { chassis: 'RLHJF632OBY123457' }); // confusion + edit
    const hits = index.search('RLHJF6320BY123456');
    expect(hits.map((h) => [h.ref, h.kind])).toEqual([
      [1, 'exact'],
      [2, 'confusion'],
      [3, 'edit'],
      [4, 'confusion+edit'],
    ]);
  });

  it('puts the exact record above a near-twin decoy one character off', () => {
    const index = new RecordIndex();
    index.add(7, { chassis: 'RLHJF6320BY123457', plate: '29A-999.99' });
    index.add(8, { chassis: 'RLHJF6320BY123456', plate: '29A-888.88' });
    const hits = index.search('RLHJF6320BY123456');
    expect(hits.map((h) => h.ref)).toEqual([8, 7]);
    expect(hits[0].kind).toBe('exact');
    expect(hits[1].kind).toBe('edit');
  });

  it('returns one hit per record, from its best field', () => {
    const index = new RecordIndex();
    // The same text is this record's plate exactly and one edit from its owner ID.
    index.add(5, { plate: '29A12345678', owner_id: '29A12345679' });
    const hits = index.search('29A12345678');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ ref: 5, field: 'plate', kind: 'exact' });
  });

  it('respects the limit, best first', () => {
    const index = new RecordIndex();
    for (let d = 0; d <= 9; d++) index.add(d, { engine: `JF63E-123456${d}` });
    const hits = index.search('JF63E-1234563', 3);
    expect(hits).toHaveLength(3);
    expect(hits[0]).toMatchObject({ ref: 3, kind: 'exact' });
  });
});

describe('RecordIndex updates', () => {
  it('replaces a record’s keys when it is added again', () => {
    const index = station();
    index.add(1, { ...HONDA, chassis: 'RL4BT9F35GP148296', plate: '30E-555.66' });
    expect(index.size).toBe(2);
    expect(index.search('RLHJF6320BY123456').some((h) => h.ref === 1)).toBe(false);
    expect(index.search('29A-123.45')).toEqual([]);
    expect(index.search('RL4BT9F35GP148296')[0]).toMatchObject({ ref: 1, kind: 'exact' });
    expect(index.search('JF63E-1234567')[0]).toMatchObject({ ref: 1, kind: 'exact' });
    expect(index.keysOf(1)).toEqual({ plate: '30E55566', chassis: 'RL4BT9F35GP148296', engine: 'JF63E1234567', owner_id: '001090012345' });
  });

  it('drops keys that became empty and forgets removed records', () => {
    const index = station();
    index.add(2, { plate: YAMAHA.plate, chassis: null, engine: '' });
    expect(index.search(YAMAHA.chassis)).toEqual([]);
    expect(index.search(YAMAHA.plate)[0]).toMatchObject({ ref: 2 });
    expect(index.remove(2)).toBe(true);
    expect(index.remove(2)).toBe(false);
    expect(index.search(YAMAHA.plate)).toEqual([]);
    expect(index.size).toBe(1);
  });

  it('stays correct through many updates and removals', () => {
    const records = generated(3000, 11);
    const index = RecordIndex.build(records);
    const rng = mulberry32(3);
    const live = new Map(records.map((r) => [r.ref, r]));
    for (let k = 0; k < 2000; k++) {
      const r = records[Math.floor(rng() * records.length)];
      if (rng() < 0.2) {
        index.remove(r.ref);
        live.delete(r.ref);
      } else {
        const updated = { ...r, engine: `${r.engine}${k}` };
        index.add(r.ref, updated);
        live.set(r.ref, updated);
      }
    }
    expect(index.size).toBe(live.size);
    const liveList = [...live.values()];
    for (let k = 0; k < 50; k++) {
      const r = liveList[Math.floor(rng() * liveList.length)];
      for (const value of [r.engine, injectEdit(r.chassis, rng)]) {
        const got = new Set(index.search(value, 10_000).map((h) => h.ref));
        expect(got).toEqual(bruteForceRefs(liveList, value));
      }
    }
  });
});

describe('RecordIndex refs', () => {
  it('handles sparse, huge and negative refs, through updates and removals', () => {
    const rng = mulberry32(17);
    const records = generated(3000, 13).map((r, i) => ({ ...r, ref: i % 3 === 0 ? -1 - i : Math.floor(rng() * 2 ** 50) }));
    const index = new RecordIndex();
    for (const r of records.slice(0, 100)) index.add(r.ref, r); // dense-looking start, then sparse refs
    for (const r of records) index.add(r.ref, r);
    expect(index.size).toBe(records.length);
    for (const r of records.filter((_, i) => i % 2 === 0)) expect(index.remove(r.ref)).toBe(true);
    expect(index.size).toBe(records.length / 2);
    records.forEach((r, i) => {
      const hit = index.search(r.chassis)[0];
      if (i % 2 === 0) expect(hit?.ref === r.ref && hit.kind === 'exact').toBe(false);
      else expect(hit).toMatchObject({ ref: r.ref, kind: 'exact' });
    });
    expect(() => index.add(1.5, {})).toThrow(TypeError);
  });
});

describe('RecordIndex unusual keys', () => {
  it('stores keys outside Latin-1 and finds them exactly and with a slip', () => {
    const index = new RecordIndex();
    index.add(1, { engine: '京A-12345', chassis: 'ÆRØ-1234567' });
    expect(index.keysOf(1)).toMatchObject({ engine: '京A12345', chassis: 'ÆRØ1234567' });
    expect(index.search('京a 12345')[0]).toMatchObject({ ref: 1, field: 'engine', kind: 'exact' });
    expect(index.search('京A-12346')[0]).toMatchObject({ ref: 1, field: 'engine', kind: 'edit' });
    expect(index.search('ærø1234567')[0]).toMatchObject({ ref: 1, field: 'chassis', kind: 'exact' });
    expect(index.search('ÆRØ-1234568')[0]).toMatchObject({ ref: 1, field: 'chassis', kind: 'edit' });
    index.add(1, { engine: 'JF63E-1234567' });
    expect(index.search('京A-12345')).toEqual([]);
  });
});

describe('RecordIndex correctness against brute force', () => {
  it('returns exactly the records within one folded edit, never a hash collision', () => {
    // Six hash bits for 6,000 keys: every probe meets entries of other keys, and none may come back as a hit.
    const records = generated(1500, 5);
    const tiny = RecordIndex.build(records, { hashBits: 6 });
    const rng = mulberry32(8);
    for (let k = 0; k < 40; k++) {
      const r = records[Math.floor(rng() * records.length)];
      const value = [r.plate, r.chassis, r.engine, r.owner_id][k % 4];
      const query = k % 2 === 0 ? injectConfusion(value, rng) : injectEdit(value, rng);
      const got = new Set(tiny.search(query, 10_000).map((h) => h.ref));
      expect(got).toEqual(bruteForceRefs(records, query));
      expect(got.has(r.ref)).toBe(true);
    }
    expect(tiny.search('XXXXXXXXXXXX')).toEqual([]);
  });

  it('agrees with brute force on generated records and realistic misreadings', () => {
    const records = generated(5000, 9);
    const index = RecordIndex.build(records);
    const rng = mulberry32(21);
    for (let k = 0; k < 100; k++) {
      const r = records[Math.floor(rng() * records.length)];
      const value = [r.plate, r.chassis, r.engine, r.owner_id][k % 4];
      const query = k % 3 === 0 ? value : k % 3 === 1 ? injectConfusion(value, rng) : injectEdit(value, rng);
      const hits = index.search(query, 10_000);
      expect(new Set(hits.map((h) => h.ref))).toEqual(bruteForceRefs(records, query));
      expect(hits.some((h) => h.ref === r.ref)).toBe(true);
    }
  });
});

describe('RecordIndex short queries', () => {
  it('matches queries under four characters only exactly', () => {
    const index = new RecordIndex();
    index.add(1, { engine: 'AB1', plate: '29A-123.45' });
    expect(index.search('ab-1')[0]).toMatchObject({ ref: 1, field: 'engine', kind: 'exact' });
    expect(index.search('A81')).toEqual([]); // a confusion of a short key
    expect(index.search('AB2')).toEqual([]); // one edit
    expect(index.search('29A')).toEqual([]); // no prefix search
    expect(index.search('')).toEqual([]);
    expect(index.search(' .-/ ')).toEqual([]);
  });
});
