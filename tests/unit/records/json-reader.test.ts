import { describe, expect, it } from 'vitest';
import { InputError } from '../../../main/engine/errors';
import { openRecordSource } from '../../../main/engine/records/readers/source';
import { errorOf, errors, fileWith, readAll, readFile, rows } from './helpers';

describe('JSON records', () => {
  it('reads an array of objects, matching keys like headers, numbered from 1', async () => {
    const json = JSON.stringify([
      { 'Mã hồ sơ': 'HS1', 'Biển số': '29A-123.45', 'Tên chủ xe': 'Nguyễn Thị Hồng Nhung', 'Số CCCD': 1090012345, ghi_chu: 'x' },
      { record_id: 'HS2', owner_id: '001090012345', plate: null, registered_on: '2023-08-15', chassis: '  RLH  ' },
    ], null, 2);
    const { source, items } = await readFile(fileWith('records.json', json));
    expect(source.format).toBe('json');
    expect(rows(items)).toEqual([
      [1, { record_id: 'HS1', plate: '29A-123.45', owner_name: 'Nguyễn Thị Hồng Nhung', owner_id: '1090012345' }],
      [2, { record_id: 'HS2', owner_id: '001090012345', registered_on: '2023-08-15', chassis: 'RLH' }],
    ]);
    expect(source.bytesRead()).toBe(source.totalBytes);
  });

  it('keeps a 12-digit number whole and gives NFC text', async () => {
    const json = `[{"record_id": "HS1", "owner_id": 123456789012, "owner_name": "${'Lê Văn Tám'.normalize('NFD')}"}]`;
    const { items } = await readFile(fileWith('records.json', json));
    expect(rows(items)).toEqual([[1, { record_id: 'HS1', owner_id: '123456789012', owner_name: 'Lê Văn Tám' }]]);
  });

  it('reports elements that are not records, and goes on', async () => {
    const json = '[{"record_id":"HS1"}, 42, ["HS2"], {"record_id":"HS3","plate":{"x":1}}, {"record_id":"HS4", "plate": tru}, {"record_id":"HS5"}]';
    const { items } = await readFile(fileWith('records.json', json));
    expect(rows(items).map(([row]) => row)).toEqual([1, 6]);
    expect(errors(items)).toEqual([
      { row: 2, field: null, message: 'records.json item 2 is a number, not an object of record fields.' },
      { row: 3, field: null, message: 'records.json item 3 is a list, not an object of record fields.' },
      { row: 4, field: 'plate', message: 'records.json item 4 has a list or object under "plate" where a value is expected.' },
      { row: 5, field: null, message: expect.stringMatching(new RegExp(`^records\\.json item 5 \\(line 1, column ${json.indexOf('{"record_id":"HS4"') + 1}\\) is not valid JSON: `)) },
    ]);
  });

  it('skips an item over 1 MiB (a 50 MB string) with one sentence, without holding it, and goes on', async () => {
    const json = `[{"record_id":"HS1","address":"${'x'.repeat(50 * 1024 * 1024)}"},\n{"record_id":"HS2"}]`;
    const before = process.memoryUsage().rss;
    const { items } = await readFile(fileWith('records.json', json));
    expect(errors(items)).toEqual([
      { row: 1, field: null, message: 'records.json item 1 (line 1, column 2) is longer than 1 MiB, which no record can be, so it was skipped.' },
    ]);
    expect(rows(items)).toEqual([[2, { record_id: 'HS2' }]]);
    // The 50 MB test string itself is ~100 MB of memory: reading must not add a copy of it, let alone ten.
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
  });

  it('yields the records before the point where a file was cut off', async () => {
    const json = '[\n{"record_id":"HS1","address":"Hà Nội"},\n{"record_id":"HS2","address":"Đống';
    const { items } = await readFile(fileWith('records.json', json));
    expect(rows(items)).toEqual([[1, { record_id: 'HS1', address: 'Hà Nội' }]]);
    expect(errors(items)).toEqual([{ row: 2, field: null, message: 'records.json ends in the middle of item 2 (the file may be truncated).' }]);
  });

  it('streams an array larger than its read chunks', async () => {
    const records = Array.from({ length: 20_000 }, (_, i) => ({
      record_id: `HS${i}`,
      owner_name: `Nguyễn Thị "Hồng" ${i}`,
      address: `Số ${i}, phố Huế\\nHà Nội, {không phải} [mảng]`,
    }));
    const { items } = await readFile(fileWith('records.json', JSON.stringify(records)));
    expect(errors(items)).toEqual([]);
    const read = rows(items);
    expect(read).toHaveLength(20_000);
    expect(read[19_999]).toEqual([20_000, records[19_999]]);
  });

  it('refuses a file that is not an array', async () => {
    const error = await errorOf(openRecordSource(fileWith('records.json', '{"record_id": "HS1"}')));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('records.json is not a JSON array of records: it holds a single object, not a list [ {…}, {…} ] of records.');
  });

  it('stops with the position when the array itself is broken', async () => {
    const source = await openRecordSource(fileWith('records.json', '[{"record_id":"HS1"}\n {"record_id":"HS2"}]'));
    const error = await errorOf(readAll(source));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('records.json is not a valid JSON array of records: expected "," or "]" after record 1 but found "{" (line 2, column 2).');
  });
});
