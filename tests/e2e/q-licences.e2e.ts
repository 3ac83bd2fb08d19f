import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishWords } from '../unit/i18n/english-words';
import { e2e, eventually } from './harness';

const REGISTER = [
  'Số định danh cá nhân,Họ và tên,Ngày sinh,Giới tính,Số CMND,Nơi thường trú',
  '001190012345,Phạm Thu Hà,15/03/1990,Nữ,,Phường Láng',
  '001085012345,Nguyễn Văn An,02/01/1985,Nam,123456789,Phường Láng',
  '001080000001,Lê Văn Bình,01/01/1980,Nam,,Xã Sóc Sơn',
  '001091000002,Trần Thị Cúc,01/01/1991,Nữ,,Phường Láng',
];
const LICENCES = [
  'Số GPLX,Hạng,Họ và tên,Ngày sinh,Số định danh cá nhân,Ngày cấp,Có giá trị đến,Nơi cấp',
  '010123456789,"A1, B2",Phạm Thu Hà,15/03/1990,001190012345,01/02/2015,01/02/2035,Sở GTVT Hà Nội',
  '010180000111,B2,Lê Văn Bình,01/01/1981,001080000001,01/01/2010,01/01/2030,Sở GTVT Hà Nội',
  'AB123456,A1,Nguyễn Văn An,02/01/1985,123456789,05/05/1999,Không thời hạn,Sở GTVT Hà Nội',
  '010199999999,C,Đỗ Văn Dũng,01/01/1970,001070999999,01/01/2010,01/01/2030,Hà Nội',
  '010191000222,B1,Trần Thị Cúc,01/01/1991,,05/05/2020,01/01/2030,Hà Nội',
];

e2e('(q) the licences screen counts licence holders against the register, shows the licence beside it, and the keyboard decides; the dashboard counts them', async (ctx) => {
  const engine = ctx.host.engine;
  writeFileSync(join(ctx.dir, 'register.csv'), REGISTER.join('\n'));
  writeFileSync(join(ctx.dir, 'licences.csv'), LICENCES.join('\n'));
  await engine.residents.import({ files: [join(ctx.dir, 'register.csv')] });
  await engine.licences.import({ files: [join(ctx.dir, 'licences.csv')] });
  await engine.users.add({ name: 'lan', role: 'officer', password: 'mat-khau-dai', asOwner: true });
  await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });

  const page = await ctx.open({ viewport: { width: 1366, height: 900 } });
  await page.getByTestId('nav-licences').click();
  const screen = page.getByTestId('screen-licences');
  await eventually(async () => assert.equal(await screen.getByTestId('licences-counts').textContent(), 'Khớp CSDL dân cư: 1 · Chưa khớp: 4'));
  // The first licence not matching differs on the birth date: the licence itself is shown above the difference.
  await screen.getByTestId('licences-detail').getByRole('heading', { name: '010180000111' }).waitFor();
  await eventually(async () => assert.match((await screen.getByTestId('licences-facts').textContent()) ?? '', /Hạng\s*B2.*Ngày sinh\s*01\/01\/1981/));
  await screen.getByTestId('licences-differences').getByText('Ngày sinh', { exact: true }).waitFor();
  // The licence's and the register's birth dates as a Vietnamese reader writes them, not ISO.
  assert.match((await screen.getByTestId('licences-differences').textContent()) ?? '', /Ngày sinh\s*01\/01\/1981\s*01\/01\/1980/);
  await ctx.shot('q1-licences');

  // A clerk's T is refused in the detail, beside the buttons the keys stand for, not at the top of the page.
  await engine.users.add({ name: 'hoa', role: 'clerk', password: 'mat-khau-dai', asOwner: true });
  await engine.auth.signIn({ name: 'hoa', password: 'mat-khau-dai' });
  await screen.getByTestId('licences-list').focus();
  await page.keyboard.press('t');
  const refusal = screen.getByTestId('licences-detail').getByTestId('error-banner');
  await refusal.waitFor();
  const said = (await refusal.boundingBox())!;
  const buttons = (await screen.getByTestId('licences-take').boundingBox())!;
  assert.ok(said.y - (buttons.y + buttons.height) < 40, `the refusal is beside the buttons: ${JSON.stringify(said)} / ${JSON.stringify(buttons)}`);
  assert.equal(engine.licences.show({ licence_no: '010180000111' })!.birth_date, '1981-01-01');
  await engine.auth.signIn({ name: 'lan', password: 'mat-khau-dai' });

  // T takes the register's birth date into the licence: one more holder matches; the refusal goes.
  await screen.getByTestId('licences-list').focus();
  await page.keyboard.press('t');
  await eventually(async () => assert.equal(await screen.getByTestId('licences-counts').textContent(), 'Khớp CSDL dân cư: 2 · Chưa khớp: 3'));
  assert.equal(engine.licences.show({ licence_no: '010180000111' })!.birth_date, '1980-01-01');

  // The next holds a former CMND: K keeps the licence's value, with the reason typed; a licence without expiry says so.
  await screen.getByTestId('licences-detail').getByRole('heading', { name: 'AB123456' }).waitFor();
  await screen.getByTestId('licences-facts').getByText('Không thời hạn').waitFor();
  // Its issue from the import (a number of another length) is shown with it, in Vietnamese, as on the Records screen.
  const issues = await screen.getByTestId('licences-issues').textContent();
  assert.match(issues ?? '', /Số GPLX/);
  assert.deepEqual(englishWords(issues ?? ''), []);
  await ctx.shot('q4-licence-issues');
  await screen.getByTestId('licences-reason').fill('Giấy phép cũ ghi CMND');
  await screen.getByTestId('licences-list').focus();
  await page.keyboard.press('k');
  await eventually(() =>
    assert.deepEqual((({ action, dossier, field, reason }) => ({ action, dossier, field, reason }))(engine.audit.list({ offset: 0, limit: 1 }).rows[0]!), {
      action: 'licence.keep-record',
      dossier: 'AB123456',
      field: 'personal_id',
      reason: 'Giấy phép cũ ghi CMND',
    }),
  );

  // The licence's change history, shown as a record's on the Records screen: the birth date lan took from the
  // register, before → after, the reader's dates in the words' face (only serials are monospace), in Vietnamese.
  await screen.getByTestId('licences-filter').selectOption('match');
  await screen.getByTestId('licences-row-010180000111').click();
  const history = screen.getByTestId('licences-history');
  await eventually(async () => assert.match((await history.textContent()) ?? '', /Lịch sử thay đổi\s*1.*Ngày sinh\s*01\/01\/1981\s*→\s*01\/01\/1980/));
  assert.match((await history.textContent()) ?? '', /Nguồn: quyết định .*lan/);
  assert.equal(await history.locator('.mono').count(), 0);
  // A licence that matches has nothing to decide: no reason to type, no decision offered.
  assert.equal(await screen.getByTestId('licences-take').count(), 0);
  assert.equal(await screen.getByTestId('licences-reason').count(), 0);
  await ctx.shot('q3-licence-history');

  await screen.getByTestId('licences-filter').selectOption('no_id');
  await eventually(async () => assert.deepEqual(await screen.getByTestId('licences-table').locator('tbody tr td:nth-child(2)').allTextContents(), ['010191000222']));

  // The dashboard counts licence holders as communes report them.
  await page.getByTestId('nav-dashboard').click();
  await eventually(async () => assert.equal(await page.getByTestId('dash-reconcile-licences-matching').textContent(), '2'));
  assert.equal(await page.getByTestId('dash-reconcile-licences-not-matching').textContent(), '3');
  await page.getByTestId('dash-reconcile').scrollIntoViewIfNeeded();
  await ctx.shot('q2-dashboard-licences');
});
