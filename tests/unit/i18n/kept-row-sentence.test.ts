/** A row an import kept with an issue is named with its file and row, and the screens say it in Vietnamese. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../main/engine/engine';
import type { Engine } from '../../../main/engine/engine.types';
import { engineText } from '../../../renderer/src/i18n/engine-text';

describe('a kept row\'s issue on a Vietnamese screen', () => {
  let dir: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sohoa-kept-row-'));
    engine = await createEngine({ dbPath: join(dir, 'station.db'), archiveDir: join(dir, 'archive'), ocrWorkers: 1 });
  });
  afterAll(async () => {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names file and row and says the issue itself in Vietnamese, dates the Vietnamese way', async () => {
    writeFileSync(
      join(dir, 'gplx.csv'),
      'Số GPLX,Hạng,Họ và tên,Ngày cấp,Có giá trị đến\n010123456789,B2,Nguyễn Văn An,01/02/2020,01/02/2015\nAB12,A1,Trần Thị Bình,,\n',
    );
    const report = await engine.licences.import({ files: [join(dir, 'gplx.csv')] });
    expect(report.issues.map((i) => engineText(i.text ?? i.message, 'vi'))).toEqual([
      'gplx.csv, dòng 2 (vẫn được nhập để cán bộ xem lại): Ngày hết hạn 01/02/2015 trước ngày cấp 01/02/2020.',
      'gplx.csv, dòng 3 (vẫn được nhập để cán bộ xem lại): Số giấy phép lái xe “AB12” không phải số 12 chữ số; được giữ nguyên như đã ghi (mẫu giấy phép cũ).',
    ]);
    // The command line's English is the same sentence.
    expect(report.issues.map((i) => i.message)).toEqual([
      'gplx.csv row 2 (kept for review): Valid-until date 2015-02-01 is before the issue date 2020-02-01.',
      'gplx.csv row 3 (kept for review): Licence number "AB12" is not a 12-digit number; it is kept as typed (an older licence format).',
    ]);
  });
});
