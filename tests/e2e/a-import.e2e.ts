import assert from 'node:assert/strict';
import { join } from 'node:path';
import { e2e, eventually } from './harness';
import { writeStationCsv, type Row } from './fixtures';

const valid: Row[] = [
  ['HS000001', '29A-123.45', 'RLHJF6300MY123456', 'JF63E-1234567', 'Nguyễn Văn An', '001085012345', 'Số 12 Hàng Bài, Hoàn Kiếm, Hà Nội', 'Honda', 'Vision', 'Đỏ', '15/03/2021'],
  ['HS000002', '30E-456.78', 'RL4BF3FE5K5123457', '2NR-F123456', 'Trần Thị Bình', '001190023456', 'Số 5 Kim Mã, Ba Đình, Hà Nội', 'Toyota', 'Vios', 'Trắng', '02/11/2019'],
  ['HS000003', '29-B1 234.56', 'RLCUE1910LY234567', 'E3R2E-234567', 'Lê Hoàng Cường', '001088034567', 'Số 8 Láng Hạ, Đống Đa, Hà Nội', 'Yamaha', 'Exciter', 'Xanh', '20/07/2020'],
  ['HS000004', '29-HA 002.33', 'RLLVFAN1XPH345678', 'VF8-345678', 'Phạm Thu Dung', '001195045678', 'Số 3 Trần Duy Hưng, Cầu Giấy, Hà Nội', 'VinFast', 'Evo200', 'Vàng', '10/09/2023'],
];

// Stored as it is, with a data-quality issue: a citizen ID must have 12 digits (or 9 for an old CMND).
const withIssue: Row = ['HS000005', '31F-567.89', 'RL0DS4AB5LV456789', 'P4AT-456789', 'Đỗ Minh Em', '00108505678', 'Số 1 Nguyễn Trãi, Thanh Xuân, Hà Nội', 'Ford', 'Ranger', 'Đen', '05/05/2022'];

// Rejected: the same record id twice in one file.
const duplicate: Row = ['HS000002', '30E-999.99', 'RL4BF3FE5K5999999', '2NR-F999999', 'Trần Thị Bình', '001190023456', 'Hà Nội', 'Toyota', 'Vios', 'Trắng', '02/11/2019'];

e2e('(a) imports a CSV through the UI and shows the report', async (ctx) => {
  const csv = join(ctx.dir, 'hồ sơ đăng ký.csv');
  writeStationCsv(csv, [...valid, withIssue, duplicate]);
  const page = await ctx.open();
  await page.getByTestId('station').getByText('Công an phường Thử Nghiệm').waitFor();
  await page.getByTestId('table-empty').waitFor();
  await ctx.shot('01-records-empty');

  ctx.host.pushDialogPaths([csv]);
  await page.getByTestId('import-button').click();
  const report = page.getByTestId('import-report');
  await report.waitFor({ timeout: 30_000 });

  const count = async (key: string): Promise<string> => (await report.getByTestId(`count-${key}`).locator('dd').textContent()) ?? '';
  assert.equal(await count('imported'), '5');
  assert.equal(await count('updated'), '0');
  assert.equal(await count('unchanged'), '0');
  assert.equal(await count('rejected'), '1');
  assert.equal(await count('with_issues'), '1');

  // The rejected row is listed with its file, row number and the engine's reason.
  const rejected = report.getByRole('table');
  await rejected.getByText(/HS000002/).waitFor();
  const rowText = (await rejected.getByRole('row').nth(1).textContent()) ?? '';
  assert.match(rowText, /hồ sơ đăng ký\.csv/);
  assert.match(rowText, /7/, 'the duplicate is row 7 of the file (header is row 1)');
  await ctx.shot('02-import-report');

  await report.getByRole('tab', { name: /Vấn đề dữ liệu/ }).click();
  await report.getByText('HS000005').waitFor();
  await ctx.shot('03-import-report-issues');

  await report.getByTestId('report-close').click();
  await report.waitFor({ state: 'detached' });
  await eventually(async () => assert.equal(await page.getByTestId('records-table').getAttribute('data-total'), '5'));
  assert.match((await page.getByTestId('records-summary').textContent()) ?? '', /5 bản ghi · 1 có vấn đề dữ liệu/);
  await page.getByTestId('filter-with_issues').click();
  await eventually(async () => assert.equal(await page.getByTestId('records-table').getAttribute('data-total'), '1'));
  await page.getByTestId('record-row').first().click();
  const detail = page.getByTestId('record-detail');
  await detail.getByRole('heading', { name: 'HS000005' }).waitFor();
  await detail.getByTestId('detail-issues').waitFor();
  await ctx.shot('04-record-detail-issue');
});
