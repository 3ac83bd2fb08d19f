import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDossier } from '../corpus/dossier';
import { pagesToPdf } from '../corpus/generate';
import { readPages } from '../../main/engine/intake/pages';
import { isSeparatorSheet } from '../../main/engine/intake/separator';
import { readSeparatorBarcode } from '../../main/engine/intake/separator-barcode';
import { e2e, eventually } from './harness';

e2e(
  '(h) scans a PDF and an empty file, follows OCR and shows the dossiers with their pages',
  async (ctx) => {
    const dossier = await generateDossier(4242, { handwriting: 0, stamp: 0 });
    const pdf = join(ctx.dir, 'hồ sơ 01.pdf');
    const empty = join(ctx.dir, 'empty.jpg');
    writeFileSync(pdf, await pagesToPdf(dossier.pages, 'jpeg'));
    writeFileSync(empty, Buffer.alloc(0));

    const page = await ctx.open();
    await page.getByTestId('nav-scan').click();
    const screen = page.getByTestId('screen-scan');
    await screen.getByRole('heading', { name: 'Quét hồ sơ' }).waitFor();
    await screen.getByTestId('dossier-empty').waitFor();

    ctx.host.pushDialogPaths([pdf, empty]);
    await screen.getByTestId('scan-files-button').click();
    // Before anything is stored the clerk sees how the files become dossiers: one per file here.
    const plan = screen.getByTestId('scan-plan');
    await eventually(async () => assert.equal(await plan.getByTestId('scan-plan-dossier').count(), 2));
    await plan.getByTestId('scan-plan-confirm').click();
    // The import call resolves only after OCR; meanwhile the screen stays usable and shows the progress.
    await screen.getByTestId('scan-progress').waitFor({ timeout: 15_000 });
    assert.equal(await screen.getByTestId('scan-files-button').isDisabled(), true);

    const list = screen.getByTestId('dossier-list');
    const rowOf = (file: string) => list.getByTestId('dossier-row').filter({ hasText: file });
    await eventually(async () => assert.equal(await rowOf('empty.jpg').getByTestId('dossier-status').getAttribute('data-status'), 'failed'), 90_000, 250);
    assert.match((await rowOf('empty.jpg').getByTestId('dossier-error').textContent()) ?? '', /empty\.jpg/);

    const good = rowOf('hồ sơ 01.pdf');
    await eventually(async () => assert.equal(await good.getByTestId('dossier-status').getAttribute('data-status'), 'needs_review'), 90_000, 250);
    assert.equal((await good.getByTestId('dossier-plate').locator('.mono').textContent())?.trim(), dossier.truth.plate);
    assert.match((await good.getByTestId('dossier-status').textContent()) ?? '', /Cần đối soát/);
    assert.equal((await good.locator('.d-pages').textContent())?.trim(), '2');

    const result = screen.getByTestId('scan-result');
    await result.waitFor({ timeout: 30_000 });
    assert.match((await result.textContent()) ?? '', /Đã tạo 2 hồ sơ .* 1 hồ sơ lỗi/);
    await screen.getByTestId('scan-progress').waitFor({ state: 'detached' });

    // Keyboard: the row is a button; Enter opens its pages, which take the focus; Escape gives it back.
    await good.focus();
    await page.keyboard.press('Enter');
    const pages = screen.getByTestId('dossier-pages');
    await eventually(async () => assert.equal(await pages.getByTestId('page-thumb').count(), 2), 15_000);
    await eventually(async () => assert.equal(await pages.locator('img').count(), 2));
    await pages.getByText('Trang 1', { exact: true }).waitFor();
    await pages.getByText('Trang 2', { exact: true }).waitFor();
    await pages.getByText('Giấy khai đăng ký xe').waitFor();
    await page.waitForFunction("Array.from(document.querySelectorAll('[data-testid=\"dossier-pages\"] img')).every((i) => i.complete && i.naturalWidth > 0)");
    await ctx.shot('18-scan');

    // Page tools: turn page 2 from the keyboard; it is queued with the turn, analysed again in the background
    // and done once more, and the dossier is fused again with the same plate.
    const second = pages.getByTestId('page-thumb').nth(1);
    await second.getByTestId('page-rotate').focus();
    await page.keyboard.press('Enter');
    await eventually(async () => assert.equal(await second.getAttribute('data-rotation'), '90'), 15_000, 100);
    await eventually(async () => assert.equal(await second.getAttribute('data-state'), 'done'), 90_000, 250);
    await second.getByText('Bản sao giấy chứng nhận').waitFor();
    await eventually(async () => assert.equal(await good.getByTestId('dossier-status').getAttribute('data-status'), 'needs_review'), 90_000, 250);
    assert.equal((await good.getByTestId('dossier-plate').locator('.mono').textContent())?.trim(), dossier.truth.plate);
    assert.equal(await page.evaluate("document.activeElement && document.activeElement.getAttribute('data-testid')"), 'page-rotate');

    await page.keyboard.press('Escape');
    await pages.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate("document.activeElement && document.activeElement.getAttribute('data-testid')"), 'dossier-row');
  },
  { timeoutMs: 180_000 },
);

e2e('(h2) saves printable separator sheets the intake recognises, and opens their folder', async (ctx) => {
  const page = await ctx.open();
  await page.getByTestId('nav-scan').click();
  const screen = page.getByTestId('screen-scan');
  const out = join(ctx.dir, 'tờ phân cách.pdf');
  ctx.host.pushDialogPaths([out]);
  await screen.getByTestId('separator-sheets-button').click();
  const saved = screen.getByTestId('separator-sheets-saved');
  await saved.waitFor({ timeout: 30_000 });
  assert.match((await saved.textContent()) ?? '', /Đã lưu tờ phân cách: .*tờ phân cách\.pdf/);
  assert.equal(readFileSync(out).subarray(0, 5).toString(), '%PDF-');
  let separators = 0;
  for await (const item of readPages(out)) if (!('message' in item) && (await isSeparatorSheet(item.data))) separators++;
  assert.equal(separators, 10);
  await saved.getByRole('button', { name: 'Mở thư mục' }).click();
  await eventually(async () => assert.deepEqual(ctx.host.openedFolders, [ctx.dir]), 5_000, 100);

  // QR sheets reading PATCHT, which other scanner software splits on too, are recognised as well.
  const qr = join(ctx.dir, 'tờ QR.pdf');
  ctx.host.pushDialogPaths([qr]);
  await screen.getByTestId('separator-style').selectOption('qr');
  await screen.getByTestId('separator-sheets-button').click();
  await eventually(async () => assert.match((await screen.getByTestId('separator-sheets-saved').textContent()) ?? '', /tờ QR\.pdf/), 30_000);
  let qrSheets = 0;
  for await (const item of readPages(qr)) if (!('message' in item) && (await readSeparatorBarcode(item.data)) === 'PATCHT') qrSheets++;
  assert.equal(qrSheets, 10);
});
