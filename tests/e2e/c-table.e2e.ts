import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeRecordsCsv } from '../../main/engine/demo/records.generator';
import { documentLang, e2e, eventually, viNumber } from './harness';

const COUNT = 3000;

e2e('(c) the records table scrolls through thousands of rows and the language switch turns labels English', async (ctx) => {
  const csv = join(ctx.dir, 'ba-nghin.csv');
  await writeRecordsCsv(csv, COUNT, 11);
  const page = await ctx.open();

  // Queue the dialog's answer over HTTP this time, as an out-of-process driver would.
  const queued = await fetch(new URL('/__host/dialog', ctx.host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ paths: [csv] }),
  });
  assert.equal(queued.status, 200);
  await page.getByTestId('import-button').click();
  const report = page.getByTestId('import-report');
  await report.waitFor({ timeout: 60_000 });
  assert.equal(await report.getByTestId('count-imported').locator('dd').textContent(), viNumber(COUNT));
  await report.getByTestId('report-close').click();

  const table = page.getByTestId('records-table');
  await eventually(async () => assert.equal(await table.getAttribute('data-total'), String(COUNT)));
  await page.locator('[data-record-id="HS000001"]').waitFor();
  await ctx.shot('07-records-table');

  // Only the visible rows are in the DOM.
  const rendered = await page.getByTestId('record-row').count();
  assert.ok(rendered > 5 && rendered < 60, `${rendered} rows rendered`);

  // The wheel scrolls the table.
  await table.hover();
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 400);
  await eventually(async () => assert.equal(await page.locator('[data-record-id="HS000001"]').count(), 0));
  const firstSeq = Number(((await page.getByTestId('record-row').first().locator('.c-seq').textContent()) ?? '').replace(/\D/g, ''));
  assert.ok(firstSeq > 100, `after scrolling the first rendered row is ${firstSeq}`);

  // The keyboard reaches the end, and the position follows.
  await table.focus();
  await page.keyboard.press('End');
  await page.locator(`[data-record-id="HS00${COUNT}"]`).waitFor();
  await eventually(async () => assert.match((await page.getByTestId('table-position').textContent()) ?? '', new RegExp(`${viNumber(COUNT)} / ${viNumber(COUNT)}`)));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await page.getByTestId('record-detail').getByRole('heading', { name: `HS00${COUNT - 1}` }).waitFor();
  await ctx.shot('08-table-end-detail');
  await page.getByTestId('record-detail-close').click();

  // English, and it stays English after a reload (stored in the station's settings).
  await page.getByTestId('lang-en').click();
  await page.getByRole('heading', { name: 'Vehicle registration records' }).waitFor();
  assert.equal(await page.getByTestId('nav-records').textContent(), 'Records');
  assert.equal(await page.getByTestId('search-input').getAttribute('placeholder'), 'Search by plate, chassis, engine or citizen ID…');
  await page.getByRole('columnheader', { name: 'Plate' }).waitFor();
  assert.equal(await documentLang(page), 'en');
  await ctx.shot('09-english');
  await page.reload();
  await page.getByRole('heading', { name: 'Vehicle registration records' }).waitFor();
});
