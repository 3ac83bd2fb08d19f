import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRecords, writeRecordsCsv } from '../../../main/engine/demo/records.generator';

const dir = mkdtempSync(join(tmpdir(), 'sohoa-demo-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Splits one CSV line on commas outside quotes and undoes RFC 4180 quote doubling. */
function parseLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

describe('writeRecordsCsv', () => {
  it('writes a station CSV that round-trips, quotes and diacritics included', async () => {
    const path = join(dir, 'records.csv');
    await writeRecordsCsv(path, 3000, 5);
    const text = readFileSync(path, 'utf8');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const lines = text.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('Mã hồ sơ,Biển số,Số khung,Số máy,Tên chủ xe,Số CCCD,Địa chỉ,Nhãn hiệu,Số loại,Màu sơn,Ngày đăng ký');
    expect(lines).toHaveLength(3001);

    const expected = [...generateRecords(3000, 5)];
    const rows = lines.slice(1).map(parseLine);
    rows.forEach((cells, i) => {
      const r = expected[i];
      const [d, m, y] = cells[10].split('/');
      expect(cells).toEqual([r.record_id, r.plate, r.chassis, r.engine, r.owner_name, r.owner_id, r.address, r.brand, r.model, r.color, cells[10]]);
      expect(`${y}-${m}-${d}`).toBe(r.registered_on);
    });
    // Addresses with commas are quoted; some hold quotes of their own, doubled in the file.
    expect(lines.some((l) => l.includes(',"Số '))).toBe(true);
    expect(lines.some((l) => l.includes('""'))).toBe(true);
    expect(rows.some((cells) => cells[6].includes('"'))).toBe(true);
  });

  it('writes nothing but the header for zero records', async () => {
    const path = join(dir, 'empty.csv');
    await writeRecordsCsv(path, 0);
    expect(readFileSync(path, 'utf8')).toBe('Mã hồ sơ,Biển số,Số khung,Số máy,Tên chủ xe,Số CCCD,Địa chỉ,Nhãn hiệu,Số loại,Màu sơn,Ngày đăng ký\r\n');
  });
});
