import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvLine, declaration, DECLARATION_HEADER, declarationCells, record, RECORD_HEADER, recordCells } from '../fixtures/owners-data';
import { e2e, eventually } from './harness';

e2e('(n) the declarations queue shows each match, and the keyboard confirms, rejects with a reason and refuses what cannot be done', async (ctx) => {
  const engine = ctx.host.engine;
  writeFileSync(join(ctx.dir, 'records.csv'), [csvLine(RECORD_HEADER), ...Array.from({ length: 32 }, (_, i) => csvLine(recordCells(record(i))))].join('\n'));
  writeFileSync(join(ctx.dir, 'ihanoi.csv'), [csvLine(DECLARATION_HEADER), ...Array.from({ length: 4 }, (_, j) => csvLine(declarationCells(declaration(j).row)))].join('\n'));
  await engine.records.import({ files: [join(ctx.dir, 'records.csv')] });
  await engine.declarations.import({ files: [join(ctx.dir, 'ihanoi.csv')] });
  await engine.users.add({ name: 'lan', role: 'officer', password: 'mat-khau-dai', asOwner: true });
  await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });

  const page = await ctx.open({ viewport: { width: 1366, height: 900 } });
  await page.getByTestId('nav-declarations').click();
  const screen = page.getByTestId('screen-declarations');
  await eventually(async () => assert.equal(await screen.getByTestId('decl-count').textContent(), '4 khai báo'));
  const matchOf = async (id: string): Promise<string | null> => screen.getByTestId(`decl-row-${id}`).locator('td').nth(3).textContent();
  assert.deepEqual(
    await Promise.all([0, 1, 2, 3].map((j) => matchOf(declaration(j).row.declaration_id))),
    ['Khớp', 'Có chênh lệch', 'Chủ khác', 'Không có hồ sơ'],
  );
  await ctx.shot('n1-declarations');
  // The first matches its record exactly: there is nothing to update the record with.
  assert.equal(await screen.getByTestId('decl-update').isDisabled(), true);

  // C on the first (exact) declaration confirms it: it leaves the waiting queue.
  await screen.getByTestId('decl-queue').focus();
  await page.keyboard.press('c');
  await eventually(async () => assert.equal(await screen.getByTestId('decl-count').textContent(), '3 khai báo'));
  assert.equal([...engine.declarations.list({ status: 'confirmed' })].map((d) => `${d.declaration_id} ${d.decided_by}`).join(), `${declaration(0).row.declaration_id} lan`);

  // ↓ to the declaration naming another owner; R rejects it with the reason typed.
  await page.keyboard.press('ArrowDown');
  const other = declaration(2).row.declaration_id;
  await screen.getByTestId('decl-detail').getByRole('heading', { name: other }).waitFor();
  await screen.getByTestId('decl-differences').getByText('Số định danh cá nhân').waitFor();
  // The vehicle has a record but no scanned paper yet: the third leg says so.
  await screen.getByTestId('decl-paper').getByText('Chưa quét hồ sơ giấy của xe này.').waitFor();
  await screen.getByTestId('decl-reason').fill('Không phải chủ xe');
  await screen.getByTestId('decl-queue').focus();
  await page.keyboard.press('r');
  await eventually(async () => assert.equal(await screen.getByTestId('decl-count').textContent(), '2 khai báo'));
  const rejected = [...engine.declarations.list({ status: 'rejected' })];
  assert.deepEqual(rejected.map((d) => [d.declaration_id, d.reason]), [[other, 'Không phải chủ xe']]);

  // U on a declaration without a record is refused in one Vietnamese sentence, and it stays waiting.
  await page.keyboard.press('ArrowDown');
  const unknown = declaration(3).row.declaration_id;
  await screen.getByTestId('decl-detail').getByRole('heading', { name: unknown }).waitFor();
  // Without a record there is no "no difference with the record" to say.
  assert.equal(await screen.getByTestId('decl-detail').getByText('Không có chênh lệch với hồ sơ.').count(), 0);
  await page.keyboard.press('u');
  // The refusal is said in the detail, beside the buttons the officer's keys stand for, not at the top of the page.
  const refusal = screen.getByTestId('decl-detail').getByTestId('error-banner');
  await refusal.getByText(`Khai báo ${unknown} nêu một xe mà đơn vị không có hồ sơ, nên không có hồ sơ nào để cập nhật.`).waitFor();
  const said = (await refusal.boundingBox())!;
  const buttons = (await screen.getByTestId('decl-update').boundingBox())!;
  assert.ok(said.y - (buttons.y + buttons.height) < 40, `the refusal is beside the buttons: ${JSON.stringify(said)} / ${JSON.stringify(buttons)}`);
  // Every button stays inside the detail at 1366 px (the third ran past its edge).
  const detail = (await screen.getByTestId('decl-detail').boundingBox())!;
  assert.ok(buttons.x + buttons.width <= detail.x + detail.width, `the update button inside the detail: ${JSON.stringify(buttons)} / ${JSON.stringify(detail)}`);
  assert.equal(engine.declarations.next({ status: 'pending', after: declaration(1).row.declaration_id })?.declaration_id, unknown);
  await ctx.shot('n2-declarations-refused');

  // The dashboard counts them as communes report them: received, confirmed, rejected, this week and the change.
  await page.getByTestId('nav-dashboard').click();
  const campaign = page.getByTestId('dash-campaign');
  await eventually(async () => assert.deepEqual(await campaign.getByTestId('dash-campaign-received').locator('td').allTextContents(), ['Xe công dân tự khai báo', '4', '4', '0', '+4']));
  assert.deepEqual(await campaign.getByTestId('dash-campaign-confirmed').locator('td').allTextContents(), ['Đã xác nhận', '1', '1', '0', '+1']);
  assert.deepEqual(await campaign.getByTestId('dash-campaign-waiting').locator('td').allTextContents(), ['Đang chờ xác nhận', '2', '', '', '']);
  await campaign.scrollIntoViewIfNeeded();
  await ctx.shot('n3-dashboard-campaign');
});
