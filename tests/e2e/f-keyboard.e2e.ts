import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeRecordsCsv } from '../../main/engine/demo/records.generator';
import { e2e, eventually, focusedTestId } from './harness';

e2e('(f) keyboard only, at 150 % display scaling: tab order, focus ring, "/" search, arrows in the table', async (ctx) => {
  const csv = join(ctx.dir, 'records.csv');
  await writeRecordsCsv(csv, 500, 9);
  await ctx.host.engine.records.import({ files: [csv] });
  // A 1920×1080 screen at Windows' 150 % scaling gives the page 1280×720 CSS pixels.
  const page = await ctx.open({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1.5 });
  await page.locator('[data-record-id="HS000001"]').waitFor();

  // Tab walks the frame in reading order and every stop shows a focus ring.
  const expected = ['lang-vi', 'lang-en', 'signin-open', 'nav-scan', 'nav-review', 'nav-records', 'nav-owners', 'nav-declarations', 'nav-licences', 'nav-retired', 'nav-export', 'nav-dashboard', 'nav-settings', 'import-button', 'search-input', 'filter-all', 'filter-with_issues', 'records-table'];
  const order: string[] = [];
  for (let i = 0; i < expected.length + 1; i++) {
    await page.keyboard.press('Tab');
    const id = await focusedTestId(page);
    if (id) order.push(id);
    const outline = (await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')) as string;
    const shadow = (await page.evaluate('getComputedStyle(document.activeElement.closest("label") || document.activeElement).boxShadow')) as string;
    const what = (await page.evaluate('document.activeElement.outerHTML.slice(0, 80)')) as string;
    assert.ok(outline !== 'none' || shadow !== 'none', `${id ?? what} shows where the focus is`);
  }
  assert.deepEqual(order.slice(0, expected.length), expected);
  await ctx.shot('13-keyboard-focus-150');

  // Arrows move the active row; Enter opens it; Escape closes and returns to the table.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await eventually(async () => assert.match((await page.getByTestId('table-position').textContent()) ?? '', /^Dòng 3 \/ 500/));
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('record-detail');
  await detail.waitFor();
  const opened = (await detail.getByRole('heading').first().textContent()) ?? '';
  assert.match(opened, /^HS0000\d\d$/);
  assert.ok(Number(opened.slice(2)) > 10, `PageDown moved a page (${opened})`);
  // The focus stays in the table, and the panel follows the active row.
  assert.equal(await focusedTestId(page), 'records-table');
  await page.keyboard.press('ArrowDown');
  const next = `HS${String(Number(opened.slice(2)) + 1).padStart(6, '0')}`;
  await detail.getByRole('heading', { name: next }).waitFor();
  await ctx.shot('14-detail-150');
  await page.keyboard.press('Escape');
  await detail.waitFor({ state: 'detached' });
  assert.equal(await focusedTestId(page), 'records-table');

  // "/" jumps to the search box from anywhere but a text field.
  await page.keyboard.press('/');
  assert.equal(await focusedTestId(page), 'search-input');
  await page.keyboard.type('/');
  assert.equal(await page.getByTestId('search-input').inputValue(), '/', 'in the search box "/" is just a character');

  // Ctrl+F leads back to the search from any other screen.
  await page.getByTestId('nav-dashboard').click();
  await page.getByTestId('screen-dashboard').getByTestId('dash-scanned').waitFor();
  await ctx.shot('15-dashboard-150');
  await page.keyboard.press('Control+f');
  await page.getByTestId('screen-records').waitFor();
  await eventually(async () => assert.equal(await focusedTestId(page), 'search-input'));
});

e2e('(g) the demo station shows its DEMO badge and its seeded records', async (ctx) => {
  const page = await ctx.open({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1.25 });
  await page.getByTestId('demo-badge').waitFor();
  await eventually(async () => assert.ok(Number(await page.getByTestId('records-table').getAttribute('data-total')) > 0));
  await ctx.shot('16-demo-station-125');
}, { demo: true });
