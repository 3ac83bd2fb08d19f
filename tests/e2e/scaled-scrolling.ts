import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { eventually, firstRenderedRow, onTable, viNumber, type TestContext } from './harness';

/**
 * With `count` records loaded (more than the 250,000 that fit the browser's height limit at 32 px a row):
 * the scroller is capped, the thumb at the middle shows the middle rows, a wheel notch moves by exact pixels,
 * and End and Home reach the last and the first record.
 */
export async function checkScaledScrolling(page: Page, count: number, shot: string, ctx: TestContext): Promise<void> {
  // The demo generator's ids: HS and at least six digits.
  const id = (n: number): string => `HS${String(n).padStart(6, '0')}`;
  const table = page.getByTestId('records-table');
  await eventually(async () => assert.equal(await table.getAttribute('data-total'), String(count)));
  const scrollHeight = await onTable<number>(page, 'return el.scrollHeight;');
  assert.ok(scrollHeight < count * 32, `the scroller is capped (${scrollHeight} px)`);

  // The thumb dragged to the middle shows the middle rows.
  await onTable(page, 'el.scrollTop = (el.scrollHeight - el.clientHeight) / 2;');
  await eventually(async () => {
    const first = await firstRenderedRow(page);
    assert.ok(Math.abs(first - count / 2) < count * 0.01, `first row at the middle is ${first}`);
  });
  await page.getByTestId('record-row').nth(3).locator('.c-id').filter({ hasText: /HS\d+/ }).waitFor();
  await ctx.shot(shot);

  // One wheel notch moves by pixels, not by the scale factor: 320 px is exactly 10 rows.
  const before = await firstRenderedRow(page);
  await table.hover();
  await page.mouse.wheel(0, 320);
  await eventually(async () => assert.equal(await firstRenderedRow(page), before + 10));

  // End reaches the very last record.
  await table.focus();
  await page.keyboard.press('End');
  await page.locator(`[data-record-id="${id(count)}"]`).waitFor();
  await eventually(async () => assert.match((await page.getByTestId('table-position').textContent()) ?? '', new RegExp(`${viNumber(count)} / ${viNumber(count)}`)));
  await page.keyboard.press('Home');
  await page.locator(`[data-record-id="${id(1)}"]`).waitFor();
}
