import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestHost } from '../host/server';
import { e2e, newAppPage } from './harness';

e2e('(o) the browser preview lets the user pick files from a list; a short CSV row is rejected naming file, line and counts', async (ctx) => {
  const files = join(ctx.dir, 'tệp');
  mkdirSync(join(files, 'thư mục con'), { recursive: true });
  writeFileSync(
    join(files, 'ho-so.csv'),
    [
      'Mã hồ sơ,Biển số,Số khung,Số máy,Tên chủ xe,Số CCCD,Địa chỉ',
      'HS1,29A-123.45,RLHJF6320BY123456,JF63E-1234567,Hoàng Văn Bình,001078012345,Hà Nội',
      'HS2,29A-123.46,JF63E-7654321,Hoàng Văn Bình,001078012346',
    ].join('\n'),
  );
  const preview = await startTestHost({ dbPath: join(ctx.dir, 'preview.db'), station: 'Công an phường Xem Trước', browseFrom: () => files, log: () => undefined });
  const problems: string[] = [];
  const { context, page } = await newAppPage(ctx.browser, preview.url, { viewport: { width: 1366, height: 768 } }, problems);
  try {
    await page.getByTestId('import-button').click();
    const picker = page.getByTestId('preview-picker');
    await picker.locator('form').waitFor();
    // Folders first, then files; the user ticks the file and chooses.
    const items = await picker.locator('li').allTextContents();
    assert.match(items[0] ?? '', /thư mục con/);
    await picker.getByText('ho-so.csv').click();
    await page.screenshot({ path: join(ctx.dir, 'picker.png') });
    await picker.getByTestId('preview-picker-ok').click();
    const report = page.getByTestId('import-report');
    await report.waitFor({ timeout: 30_000 });
    assert.equal(await report.getByTestId('count-imported').locator('dd').textContent(), '1');
    assert.equal(await report.getByTestId('count-rejected').locator('dd').textContent(), '1');
    const row = (await report.getByRole('table').getByRole('row').nth(1).textContent()) ?? '';
    assert.match(row, /ho-so\.csv/);
    assert.match(row, /5 giá trị nhưng dòng tiêu đề có 7 cột/);
    await page.screenshot({ path: join(ctx.dir, '..', 'o-preview.png') }).catch(() => undefined);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await preview.close();
  }
});
