import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvLine, inRegister, record, RECORD_HEADER, recordCells, resident, RESIDENT_HEADER, residentCells } from '../fixtures/owners-data';
import { e2e, eventually } from './harness';

e2e('(o) the owners screen counts owners against the register, and the keyboard takes the register value or keeps the record with a reason', async (ctx) => {
  const engine = ctx.host.engine;
  const range = Array.from({ length: 16 }, (_, i) => i);
  writeFileSync(join(ctx.dir, 'records.csv'), [csvLine(RECORD_HEADER), ...range.map((i) => csvLine(recordCells(record(i))))].join('\n'));
  writeFileSync(join(ctx.dir, 'register.csv'), [csvLine(RESIDENT_HEADER), ...range.filter(inRegister).map((i) => csvLine(residentCells(resident(i))))].join('\n'));
  await engine.records.import({ files: [join(ctx.dir, 'records.csv')] });
  await engine.residents.import({ files: [join(ctx.dir, 'register.csv')] });
  await engine.users.add({ name: 'lan', role: 'officer', password: 'mat-khau-dai', asOwner: true });
  await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });

  const page = await ctx.open({ viewport: { width: 1366, height: 900 } });
  await page.getByTestId('nav-owners').click();
  const screen = page.getByTestId('screen-owners');
  // Two cases in every eight match (exactly, or with only the address differing).
  await eventually(async () => assert.equal(await screen.getByTestId('owners-counts').textContent(), 'Khớp CSDL dân cư: 4 · Chưa khớp: 12'));
  const spelling = record(2).record_id;
  await screen.getByTestId('owners-detail').getByRole('heading', { name: spelling }).waitFor();
  await screen.getByTestId('owners-differences').getByText('(chỉ khác dấu / chữ hoa)').waitFor();
  await ctx.shot('o1-owners');

  // T takes the register's name into the record: one more owner matches.
  await screen.getByTestId('owners-list').focus();
  await page.keyboard.press('t');
  await eventually(async () => assert.equal(await screen.getByTestId('owners-counts').textContent(), 'Khớp CSDL dân cư: 5 · Chưa khớp: 11'));
  assert.equal(engine.records.show({ ids: [spelling] })[0]!.owner_name, resident(2).full_name);

  // The next one differs on the birth date: K keeps the record's value, with the reason typed.
  const birth = record(3).record_id;
  await screen.getByTestId('owners-detail').getByRole('heading', { name: birth }).waitFor();
  await screen.getByTestId('owners-reason').fill('Theo giấy khai sinh');
  await screen.getByTestId('owners-list').focus();
  await page.keyboard.press('k');
  await eventually(() => assert.deepEqual(
    (({ action, dossier, field, reason }) => ({ action, dossier, field, reason }))(engine.audit.list({ offset: 0, limit: 1 }).rows[0]!),
    { action: 'owner.keep-record', dossier: birth, field: 'owner_birth_date', reason: 'Theo giấy khai sinh' },
  ));

  await screen.getByTestId('owners-filter').selectOption('legacy_id');
  await eventually(async () => assert.deepEqual(await screen.getByTestId('owners-table').locator('tbody tr td:nth-child(2)').allTextContents(), [record(5).record_id, record(13).record_id]));

  // Both propose the personal ID for a former CMND: picked together, decided with one confirmation.
  await screen.getByTestId('owners-detail').getByRole('heading', { name: record(5).record_id }).waitFor();
  await screen.getByTestId('owners-select-like').click();
  await eventually(async () => assert.equal(await screen.getByTestId('owners-bulk-chosen').textContent(), 'Đã chọn 2 mục, cùng trường Số CCCD/CMND'));
  await screen.getByTestId('owners-bulk-take').click();
  await screen.getByTestId('owners-bulk-confirm').waitFor();
  await ctx.shot('o2-owners-bulk');
  await screen.getByTestId('owners-bulk-yes').click();
  await eventually(async () => assert.equal(await screen.getByTestId('owners-bulk-outcome').locator('p').textContent(), 'Đã quyết định 2 mục; bỏ qua 0 mục.'));
  await eventually(async () => assert.equal(await screen.getByTestId('owners-counts').textContent(), 'Khớp CSDL dân cư: 7 · Chưa khớp: 9'));
  assert.equal(engine.records.show({ ids: [record(13).record_id] })[0]!.owner_id, resident(13).personal_id);
  assert.equal(engine.audit.list({ offset: 0, limit: 1 }).rows[0]!.action, 'owner.take-register');
});
