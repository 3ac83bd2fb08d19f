/**
 * A full reconciliation pass (`licences reconcile`, `owners reconcile`) checks every subject, however the register
 * joins them: a licence whose ID two residents carry as their former CMND is two rows of the join, and a pass that
 * counted joined rows once ended early, leaving the last licences with no status at all.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import type { Engine } from '../../main/engine/engine.types';

/** More licences than one window of the pass (20,000), so the pass has a second window to reach. */
const LICENCES = 20_005;
const SHARED_CMND = '012345678';

let dir: string;
let engine: Engine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-reconcile-pass-'));
  // Two residents once held the same CMND (a reissued number): the licence holding it joins both.
  const register = [
    'Số định danh cá nhân,Họ và tên,Ngày sinh,Giới tính,Số CMND,Nơi thường trú',
    `001090000001,Nguyễn Văn An,02/01/1990,Nam,${SHARED_CMND},Phường Láng`,
    `001090000002,Trần Văn Bình,03/01/1990,Nam,${SHARED_CMND},Phường Láng`,
  ];
  const licences = ['Số GPLX,Hạng,Họ và tên,Ngày sinh,Số định danh cá nhân,Ngày cấp,Có giá trị đến,Nơi cấp'];
  licences.push(`010100000000,B2,Nguyễn Văn An,02/01/1990,${SHARED_CMND},01/02/2015,01/02/2035,Hà Nội`);
  for (let i = 1; i < LICENCES; i++) licences.push(`0101${String(i).padStart(8, '0')},B2,Lê Văn Cường,01/01/1980,${String(100_000_000_000 + i)},01/02/2015,01/02/2035,Hà Nội`);
  writeFileSync(join(dir, 'register.csv'), register.join('\n'));
  writeFileSync(join(dir, 'licences.csv'), licences.join('\n'));
  engine = await createEngine({ dbPath: join(dir, 'station.db'), archiveDir: join(dir, 'archive'), ocrWorkers: 1 });
  await engine.residents.import({ files: [join(dir, 'register.csv')] });
  expect(await engine.licences.import({ files: [join(dir, 'licences.csv')] })).toMatchObject({ imported: LICENCES, rejected: 0 });
}, 120_000);

afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

it('gives every licence a status, the last ones too, when one licence joins two residents', () => {
  const counts = engine.licences.reconcile();
  expect(counts).toEqual({ match: 0, differs: 0, legacy_id: 1, not_found: LICENCES - 1, no_id: 0 });
  const all = [...engine.licences.results({ all: true })];
  expect(all).toHaveLength(LICENCES);
  expect(all[all.length - 1]).toMatchObject({ licence_no: `0101${String(LICENCES - 1).padStart(8, '0')}`, status: 'not_found' });
  // The first resident holding the CMND is proposed, as before.
  expect(all[0]).toMatchObject({ licence_no: '010100000000', status: 'legacy_id', personal_id: '001090000001' });
}, 120_000);
