import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishWords } from '../unit/i18n/english-words';
import { e2e, eventually } from './harness';

const LICENCES = [
  'Số GPLX,Hạng,Họ và tên,Ngày sinh,Số định danh cá nhân,Ngày cấp,Có giá trị đến,Nơi cấp',
  '010123456789,"A1, B2",Phạm Thu Hà,15/03/1990,001190012345,01/02/2015,01/02/2035,Sở GTVT Hà Nội',
  '010180000111,B2,Lê Văn Bình,01/01/1981,001080000001,01/01/2010,01/01/2030,Sở GTVT Hà Nội',
  // The same licence number again in one file: refused, named by file and row (the first row wins).
  '010180000111,C,Lê Văn Bình,01/01/1981,001080000001,01/01/2010,01/01/2030,Sở GTVT Hà Nội',
];
const REGISTER = [
  'Số định danh cá nhân,Họ và tên,Ngày sinh,Giới tính,Số CMND,Nơi thường trú',
  '001190012345,Phạm Thu Hà,15/03/1990,Nữ,,Phường Láng',
  '001080000001,Lê Văn Bình,01/01/1980,Nam,,Xã Sóc Sơn',
];
const DECLARATIONS = [
  'Mã khai báo,Thời gian khai báo,Số định danh cá nhân,Họ và tên,Số điện thoại,Biển số,Số khung,Số máy,Nhãn hiệu,Số loại,Màu sơn',
  'KB0001,05/12/2025,001190012345,Phạm Thu Hà,0912345678,29A-123.45,RLHJF6300MY123456,JF63E-1234567,Honda,Vision,Đỏ',
  ',05/12/2025,001080000001,Lê Văn Bình,0912000000,30E-456.78,RL4BF3FE5K5123457,2NR-F123456,Toyota,Vios,Trắng',
];

e2e('(u) the Licences, Owners and Self-declarations screens import their files as Records does: the report names each refused row by file and row, the rows appear', async (ctx) => {
  const licences = join(ctx.dir, 'gplx phường.csv');
  const register = join(ctx.dir, 'dân cư.csv');
  const declarations = join(ctx.dir, 'khai báo.csv');
  writeFileSync(licences, LICENCES.join('\n'));
  writeFileSync(register, REGISTER.join('\n'));
  writeFileSync(declarations, DECLARATIONS.join('\n'));

  const page = await ctx.open({ viewport: { width: 1366, height: 768 } });
  await page.getByTestId('nav-licences').click();
  const screen = page.getByTestId('screen-licences');
  // The empty screen says how to fill it.
  await eventually(async () => assert.equal(await screen.getByTestId('licences-empty').textContent(), 'Chưa có giấy phép nào: nhập tệp dữ liệu giấy phép lái xe bằng nút “Nhập dữ liệu GPLX…”.'));
  const button = screen.getByTestId('import-button');
  assert.equal(await button.textContent(), 'Nhập dữ liệu GPLX…');
  await ctx.shot('u1-licences-empty');

  // While it runs, the navigation's Licences item shows it (as Records does): watched, a small file goes fast.
  await page.evaluate(`(() => {
    window.__busy = false;
    new MutationObserver(() => { if (document.querySelector('[data-testid="nav-licences"] .nav-busy')) window.__busy = true; })
      .observe(document.body, { childList: true, subtree: true });
  })()`);
  ctx.host.pushDialogPaths([licences]);
  await button.click();
  const report = page.getByTestId('import-report');
  await report.waitFor({ timeout: 30_000 });
  const count = async (key: string): Promise<string> => (await report.getByTestId(`count-${key}`).locator('dd').textContent()) ?? '';
  assert.equal(await count('imported'), '2');
  assert.equal(await count('rejected'), '1');
  assert.equal(await page.evaluate('window.__busy'), true, 'the Licences item showed the running import');
  assert.equal(await page.getByTestId('nav-licences').locator('.nav-busy').count(), 0);
  // The refused row: its file, its row (the header is row 1) and one Vietnamese sentence why.
  const refused = (await report.getByRole('table').getByRole('row').nth(1).textContent()) ?? '';
  assert.match(refused, /gplx phường\.csv\s*4\s*Số GPLX/);
  assert.deepEqual(englishWords(refused.replaceAll('gplx phường.csv', ' ')), [], refused);
  await ctx.shot('u2-licences-report');
  await report.getByTestId('report-close').click();
  await report.waitFor({ state: 'detached' });

  // Both licences are listed (no register yet: neither holder is found in it), the first one open beside the list.
  await eventually(async () => assert.equal(await screen.getByTestId('licences-counts').textContent(), 'Khớp CSDL dân cư: 0 · Chưa khớp: 2'));
  await screen.getByTestId('licences-row-010123456789').waitFor();
  await screen.getByTestId('licences-row-010180000111').waitFor();
  // The last report comes back from its button.
  await screen.getByTestId('open-report').click();
  await report.waitFor();
  await report.getByTestId('report-close').click();
  await ctx.shot('u3-licences-imported');

  // The register, imported on the Owners screen, checks the licence holders too: one now matches.
  await page.getByTestId('nav-owners').click();
  const owners = page.getByTestId('screen-owners');
  await owners.getByTestId('owners-empty').getByText('Chưa đối chiếu chủ xe nào: nhập tệp trích xuất CSDL dân cư', { exact: false }).waitFor();
  await ctx.shot('u3-owners-empty');
  assert.equal(await owners.getByTestId('import-button').textContent(), 'Nhập CSDL dân cư…');
  ctx.host.pushDialogPaths([register]);
  await owners.getByTestId('import-button').click();
  await report.waitFor({ timeout: 30_000 });
  assert.equal(await count('imported'), '2');
  assert.equal(await count('rejected'), '0');
  await report.getByTestId('report-close').click();
  assert.equal(ctx.host.engine.residents.count(), 2);
  await page.getByTestId('nav-licences').click();
  await eventually(async () => assert.equal(await screen.getByTestId('licences-counts').textContent(), 'Khớp CSDL dân cư: 1 · Chưa khớp: 1'));

  // Self-declarations: a row without its id is refused, in English with the switch; the other is queued.
  await page.getByTestId('nav-declarations').click();
  const queue = page.getByTestId('screen-declarations');
  await queue.getByTestId('decl-empty').getByText('Nhập tệp tự khai báo bằng nút “Nhập tự khai báo…”', { exact: false }).waitFor();
  await page.getByTestId('lang-en').click();
  assert.equal(await queue.getByTestId('import-button').textContent(), 'Import declarations…');
  ctx.host.pushDialogPaths([declarations]);
  await queue.getByTestId('import-button').click();
  await report.waitFor({ timeout: 30_000 });
  assert.equal(await count('imported'), '1');
  assert.equal(await count('rejected'), '1');
  assert.match((await report.getByRole('table').getByRole('row').nth(1).textContent()) ?? '', /khai báo\.csv\s*3\s*Declaration id.*[Dd]eclaration id/);
  await ctx.shot('u4-declarations-report-en');
  await report.getByTestId('report-close').click();
  await page.getByTestId('lang-vi').click();
  await eventually(async () => assert.equal(await queue.getByTestId('decl-count').textContent(), '1 khai báo'));
  await queue.getByText('KB0001').first().waitFor();
  await ctx.shot('u5-declarations-imported');
});
