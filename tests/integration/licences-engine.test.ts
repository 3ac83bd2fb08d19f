/** Issue 18 licences through the engine: import, OCR-tolerant lookup, reconciliation statuses, decisions with a trail. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../main/engine/engine';
import type { Engine } from '../../main/engine/engine.types';
import { hasPdftotext } from '../unit/export/pdftotext';

let dir: string;
let engine: Engine;

const REGISTER = [
  'Số định danh cá nhân,Họ và tên,Ngày sinh,Giới tính,Số CMND,Nơi thường trú',
  '001190012345,Phạm Thu Hà,15/03/1990,Nữ,,Phường Láng',
  '001085012345,Nguyễn Văn An,02/01/1985,Nam,123456789,Phường Láng',
  '001080000001,Lê Văn Bình,01/01/1980,Nam,,Xã Sóc Sơn',
  '001091000002,Trần Thị Cúc,01/01/1991,Nữ,,Phường Láng',
];
const LICENCES = [
  'Số GPLX,Hạng,Họ và tên,Ngày sinh,Số định danh cá nhân,Ngày cấp,Có giá trị đến,Nơi cấp',
  '010123456789,"A1, B2",Phạm Thu Hà,15/03/1990,001190012345,01/02/2015,01/02/2035,Sở GTVT Hà Nội', // match
  'AB123456,A1,Nguyen Van An,02/01/1985,123456789,05/05/1999,Không thời hạn,Sở GTVT Hà Nội', // legacy_id (+ spelling)
  '010180000111,B2,Lê Văn Bình,01/01/1981,001080000001,01/01/2010,01/01/2030,Hà Nội', // differs: birth date
  '010199999999,C,Đỗ Văn Dũng,01/01/1970,001070999999,01/01/2010,01/01/2030,Hà Nội', // not_found
  '010191000222,B1,Trần Thị Cúc,01/01/1991,,05/05/2020,01/01/2030,Hà Nội', // no_id, one candidate
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sohoa-licences-engine-'));
  writeFileSync(join(dir, 'register.csv'), REGISTER.join('\n'));
  writeFileSync(join(dir, 'licences.csv'), LICENCES.join('\n'));
  engine = await createEngine({ dbPath: join(dir, 'station.db'), archiveDir: join(dir, 'archive'), ocrWorkers: 1 });
  await engine.residents.import({ files: [join(dir, 'register.csv')] });
  const report = await engine.licences.import({ files: [join(dir, 'licences.csv')] });
  expect(report).toMatchObject({ imported: 5, rejected: 0 });
  await engine.users.add({ name: 'lan', role: 'officer', password: 'mat-khau-dai', asOwner: true });
  await engine.users.add({ name: 'hoa', role: 'clerk', password: 'mat-khau-dai', asOwner: true });
});

afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('licence lookup', () => {
  it('finds a licence by its number exactly, read with O for 0, or with one digit slipped', () => {
    expect(engine.licences.find({ text: '0101 2345 6789' })[0]).toMatchObject({ licence_no: '010123456789', field: 'licence_no', score: 1 });
    const confused = engine.licences.find({ text: 'O1O123456789' })[0]!;
    expect(confused).toMatchObject({ licence_no: '010123456789', field: 'licence_no' });
    expect(confused.why).toContain('licence_no matches if "O" is read as "0"');
    expect(engine.licences.find({ text: '010123456780' })[0]).toMatchObject({ licence_no: '010123456789', field: 'licence_no' });
    expect(engine.licences.find({ text: '999999999999' })).toEqual([]);
  });

  it('finds a licence by its holder personal ID and by name and birth date, diacritics and case aside', () => {
    expect(engine.licences.find({ text: '001190012345' })[0]).toMatchObject({ licence_no: '010123456789', field: 'personal_id' });
    expect(engine.licences.findHolder({ name: 'PHAM THU HA', birthDate: '15/03/1990' }).map((c) => c.licence_no)).toEqual(['010123456789']);
    expect(engine.licences.findHolder({ name: 'Phạm Thu Hà', birthDate: '16/03/1990' })).toEqual([]);
  });
});

describe('licence reconciliation (the statuses of owners, for licence holders)', () => {
  it('gives each licence its status and names each difference in the licence fields', () => {
    expect(engine.licences.reconcile()).toEqual({ match: 1, differs: 1, legacy_id: 1, not_found: 1, no_id: 1 });
    const byNo = new Map([...engine.licences.results({ all: true })].map((r) => [r.licence_no, r]));
    expect(byNo.get('010123456789')).toEqual({ licence_no: '010123456789', status: 'match', personal_id: '001190012345', differences: [] });
    expect(byNo.get('AB123456')).toEqual({
      licence_no: 'AB123456',
      status: 'legacy_id',
      personal_id: '001085012345',
      differences: [
        { field: 'personal_id', record_value: '123456789', register_value: '001085012345', hint: null },
        { field: 'full_name', record_value: 'Nguyen Van An', register_value: 'Nguyễn Văn An', hint: 'spelling' },
      ],
    });
    expect(byNo.get('010180000111')).toMatchObject({ status: 'differs', differences: [{ field: 'birth_date', record_value: '1981-01-01', register_value: '1980-01-01' }] });
    expect(byNo.get('010199999999')).toMatchObject({ status: 'not_found', personal_id: null });
    expect(byNo.get('010191000222')).toMatchObject({ status: 'no_id', differences: [{ field: 'personal_id', register_value: '001091000002', hint: 'candidate' }] });
    expect([...engine.licences.results()].map((r) => r.licence_no)).not.toContain('010123456789');
  });

  it('refuses a clerk; an officer takes the register value with history and audit, and the licence matches', async () => {
    await engine.auth.signIn({ name: 'hoa', password: 'mat-khau-dai' });
    await expect(engine.licences.decide({ licence_no: '010180000111', field: 'birth_date', action: 'take-register' })).rejects.toThrow();
    await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });
    const decided = await engine.licences.decide({ licence_no: '010180000111', field: 'birth_date', action: 'take-register' });
    expect(decided).toMatchObject({ outcome: 'decided', result: { status: 'match', differences: [] } });
    const shown = engine.licences.show({ licence_no: '010180000111' })!;
    expect(shown.birth_date).toBe('1980-01-01');
    expect(shown.history[0]).toMatchObject({ source: 'licence decision by lan', values: { birth_date: '1981-01-01' } });
    expect(engine.audit.list({ offset: 0, limit: 1 }).rows[0]).toMatchObject({ user: 'lan', action: 'licence.take-register', dossier: '010180000111', field: 'birth_date', after: '1980-01-01' });
    expect(engine.audit.verify().ok).toBe(true);
    expect(engine.licences.counts()).toMatchObject({ match: 2, differs: 0 });
  });

  it('keeps the licence value with a reason, refuses a contrary second decision and a field without a difference', async () => {
    await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });
    await engine.licences.decide({ licence_no: 'AB123456', field: 'full_name', action: 'keep-record', reason: 'giấy phép ghi không dấu' });
    expect(engine.licences.show({ licence_no: 'AB123456' })!.full_name).toBe('Nguyen Van An');
    await expect(engine.licences.decide({ licence_no: 'AB123456', field: 'full_name', action: 'take-register' })).rejects.toThrow(/already decided full_name of licence AB123456/);
    await expect(engine.licences.decide({ licence_no: '010123456789', field: 'full_name', action: 'take-register' })).rejects.toThrow(
      'Licence 010123456789 has no difference with the register on full_name to decide.',
    );
    await expect(engine.licences.decide({ licence_no: 'ZZ1', field: 'full_name', action: 'take-register' })).rejects.toThrow('No licence numbered ZZ1 in this station.');
  });

  it('counts licence holders matching / not matching the register on the dashboard and in the campaign figures', () => {
    const figures = { total: 5, checked: 5, matching: 2, not_matching: 3, match: 2, differs: 0, legacy_id: 1, not_found: 1, no_id: 1 };
    expect(engine.dashboard.stats().reconciliation.licences).toEqual(figures);
    expect(engine.campaign.stats().licences).toEqual(figures);
    expect(engine.dashboard.stats().reconciliation.owners).toMatchObject({ total: 0, checked: 0 });
  });

  it.runIf(hasPdftotext())('prints the licence holders matching / not matching the register in the PDF report', async () => {
    const file = join(dir, 'report.pdf');
    await engine.dashboard.report({ out: file, locale: 'vi' });
    const lines = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).toString('utf8').split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    expect(lines).toContain('Đối chiếu với Cơ sở dữ liệu quốc gia về dân cư');
    expect(lines).toContain('Giấy phép lái xe 2 3 5 5');
  });

  it('finds a licence by its new personal ID once the register value is taken', async () => {
    await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });
    await engine.licences.decide({ licence_no: 'AB123456', field: 'personal_id', action: 'take-register' });
    expect(engine.licences.find({ text: '001085012345' })[0]).toMatchObject({ licence_no: 'AB123456', field: 'personal_id' });
    expect(engine.licences.check({ licence_no: 'AB123456' })).toMatchObject({ status: 'differs', personal_id: '001085012345' });
  });

  it('takes the register value for a reviewed list in bulk, naming each refusal and going on', async () => {
    writeFileSync(
      join(dir, 'more.csv'),
      [LICENCES[0], '020190012345,B2,PHAM THU HA,15/03/1990,001190012345,01/02/2016,01/02/2036,HN', '030190012345,A1,Pham Thu Ha,15/03/1990,001190012345,01/02/2017,,HN'].join('\n'),
    );
    await engine.licences.import({ files: [join(dir, 'more.csv')] });
    engine.licences.reconcile();
    await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });
    const bulk = await engine.licences.decideMany({ decisions: ['020190012345', '030190012345', '010123456789'].map((licence_no) => ({ licence_no, field: 'full_name', action: 'take-register' })) });
    expect(bulk.decided).toEqual(['020190012345', '030190012345']);
    expect(bulk.skipped).toMatchObject([{ licence_no: '010123456789', reason: 'Licence 010123456789 has no difference with the register on full_name to decide.' }]);
    expect(engine.licences.show({ licence_no: '030190012345' })!.full_name).toBe('Phạm Thu Hà');
  });
});
