import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seedReviewStation } from '../fixtures/review-station';
import { e2e, eventually } from './harness';

async function signIn(page: Page, opener: string, name: string, password: string): Promise<void> {
  await page.getByTestId(opener).click();
  await page.getByTestId('signin-dialog').waitFor();
  await page.getByTestId('signin-name').fill(name);
  await page.getByTestId('signin-password').fill(password);
  await page.keyboard.press('Enter');
  await page.getByTestId('signin-dialog').waitFor({ state: 'detached' });
  await page.getByTestId('current-user').getByText(name).waitFor();
}

async function text(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).first().textContent()) ?? '';
}

e2e(
  '(k) an officer may not export; the lead exports chosen dossiers, opens the batch folder and verifies it, then catches an altered PDF',
  async (ctx) => {
    // Dossiers whose paper and record agree are resolved at seeding: they are what the station can export.
    await seedReviewStation(join(ctx.dir, 'station.db'), { dossiers: 12, seed: 7, cleanShare: 0.6 });
    const ready = ctx.host.engine.export.preview({ reexport: false }).dossiers;
    assert.ok(ready.length >= 4, `the fixture resolves enough dossiers (${ready.length})`);
    const page = await ctx.open();

    // An officer sees the list and the (empty) history, but the export is a lead's: the screen says so.
    await signIn(page, 'signin-open', 'lan', 'officer-pass-1');
    await page.getByTestId('nav-export').click();
    const screen = page.getByTestId('screen-export');
    await screen.getByTestId('export-lead-only').getByText('lan (Cán bộ đối soát): chỉ lãnh đạo đơn vị đã đăng nhập mới được xuất lô').waitFor();
    await eventually(async () => assert.equal(await text(page, 'export-selection'), `Đã chọn ${ready.length}/${ready.length} hồ sơ · ${ready.length * 2}/${ready.length * 2} trang`));
    assert.equal(await page.getByTestId('export-start').isDisabled(), true, 'an officer cannot start an export');
    await screen.getByTestId('export-history').getByText('Chưa xuất lô nào.').waitFor();
    await ctx.shot('30-export-officer');

    // Signed out, the same explanation, and the sign-in button on it brings the lead in.
    await page.getByTestId('signout').click();
    await screen.getByTestId('export-lead-only').getByText('Chỉ lãnh đạo đơn vị đã đăng nhập mới được xuất lô').waitFor();
    await signIn(page, 'export-signin', 'hoa', 'lead-pass-123');
    await screen.getByTestId('export-lead-only').waitFor({ state: 'detached' });

    // None, then three dossiers chosen with the keyboard.
    await page.getByTestId('export-select-none').click();
    assert.match(await text(page, 'export-selection'), new RegExp(`^Đã chọn 0/${ready.length} hồ sơ`));
    assert.equal(await page.getByTestId('export-start').isDisabled(), true, 'nothing chosen, nothing to export');
    const chosen = ready.slice(0, 3);
    for (const d of chosen) {
      await page.locator(`[data-testid="export-row-check"][data-dossier="${d.id}"]`).focus();
      await page.keyboard.press('Space');
    }
    const pages = chosen.reduce((n, d) => n + d.pages, 0);
    assert.match(await text(page, 'export-selection'), new RegExp(`^Đã chọn 3/${ready.length} hồ sơ · ${pages}/`));

    // A file chosen as the folder is refused beside the buttons the lead pressed, not at the top of the page.
    const notFolder = join(ctx.dir, 'ghi-chu-lo.txt');
    writeFileSync(notFolder, 'không phải thư mục\n');
    ctx.host.pushDialogPaths([notFolder]);
    await page.getByTestId('export-pick-folder').click();
    await eventually(async () => assert.equal(await text(page, 'export-folder'), notFolder));
    await page.getByTestId('export-start').click();
    await page.getByTestId('export-confirm-yes').click();
    const refusal = page.getByTestId('error-banner');
    await refusal.getByText(`${notFolder} là một tệp, không phải thư mục: hãy chọn một thư mục cho lô xuất.`).waitFor();
    const said = (await refusal.boundingBox())!;
    const action = (await page.getByTestId('export-start').boundingBox())!;
    assert.ok(said.y > action.y && said.y - (action.y + action.height) < 60, `the refusal is beside the export button: ${JSON.stringify(said)} / ${JSON.stringify(action)}`);
    await ctx.shot('30-export-refused');

    // The folder comes from the system dialog; a folder with other files gets a batch folder of its own.
    const out = join(ctx.dir, 'xuat-lo');
    mkdirSync(out);
    writeFileSync(join(out, 'ghi-chu.txt'), 'lô gửi Phòng CSGT\n');
    ctx.host.pushDialogPaths([out]);
    await page.getByTestId('export-pick-folder').click();
    await eventually(async () => assert.equal(await text(page, 'export-folder'), out));

    // The lead confirms a batch that names its size, its folder and the lead.
    await page.getByTestId('export-start').click();
    const question = await text(page, 'export-confirm-question');
    assert.equal(question, `Xuất 3 hồ sơ (${pages} trang) vào ${out} với tư cách hoa?`);
    // The dialog promises what the export does: an empty folder takes the batch itself, this one a folder inside.
    assert.match((await page.getByTestId('export-confirm').textContent()) ?? '', /Nếu thư mục này trống, lô được ghi thẳng vào đó; nếu đã có tệp, một thư mục lô mới được tạo bên trong/);
    await ctx.shot('31-export-confirm');
    // Watch for the progress card: a small batch may be written faster than a poll would catch it.
    await page.evaluate(`(() => {
      window.__sawProgress = false;
      new MutationObserver(() => { if (document.querySelector('[data-testid="export-progress"]')) window.__sawProgress = true; })
        .observe(document.body, { childList: true, subtree: true });
    })()`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    const result = page.getByTestId('export-result');
    await result.waitFor({ timeout: 60_000 });
    assert.equal(await page.evaluate('window.__sawProgress'), true, 'the progress card was shown while the batch was written');
    const dir = await text(page, 'export-result-folder');
    assert.ok(dir.startsWith(join(out, 'batch-')), `the batch has its own folder inside the chosen one (${dir})`);
    assert.equal(await text(page, 'export-result-dossiers'), '3 hồ sơ');
    assert.equal(await text(page, 'export-result-pages'), `${pages} trang`);
    assert.match(await text(page, 'export-result-size'), /\d.*B \(ảnh quét: .*B\)/);
    assert.match(await text(page, 'export-result-key'), /\S{8,}/);
    // The exported dossiers left the list of those waiting.
    await eventually(async () => assert.match(await text(page, 'export-selection'), new RegExp(`/${ready.length - 3} hồ sơ`)));
    for (const d of chosen) assert.equal(await page.locator(`[data-testid="export-row-check"][data-dossier="${d.id}"]`).count(), 0);
    await ctx.shot('32-export-result');

    await page.getByTestId('export-open-folder').click();
    await eventually(() => assert.deepEqual(ctx.host.openedFolders, [dir]));

    // The batch is in the history: who, how many, where, not verified yet; Verify finds it intact.
    const row = page.getByTestId('batch-row');
    await eventually(async () => assert.equal(await row.count(), 1));
    const rowText = (await row.textContent()) ?? '';
    for (const part of ['hoa', dir, 'Chưa kiểm tra']) assert.ok(rowText.includes(part), `the history row shows ${part}: ${rowText}`);
    await row.getByTestId('batch-verify').click();
    const verdict = page.getByTestId('batch-verdict');
    await eventually(async () => assert.equal(await verdict.getAttribute('data-ok'), 'true'));
    assert.match((await verdict.textContent()) ?? '', /^Nguyên vẹn: \d+ tệp, 3 hồ sơ, chữ ký hợp lệ/);
    await eventually(async () => assert.match(await text(page, 'batch-verified'), /^Nguyên vẹn \(/));
    await ctx.shot('33-export-verified');

    // One flipped byte in one PDF: Verify names the altered file and the history shows the batch as damaged.
    const pdf = join(dir, 'dossiers', `${chosen[1]!.id}.pdf`);
    const bytes = readFileSync(pdf);
    const at = Math.floor(bytes.length / 2);
    bytes[at] = bytes[at]! ^ 0xff;
    writeFileSync(pdf, bytes);
    await row.getByTestId('batch-verify').click();
    await eventually(async () => assert.equal(await verdict.getAttribute('data-ok'), 'false'));
    const problems = page.getByTestId('batch-problem');
    assert.equal(await problems.count(), 1);
    assert.equal(await problems.getAttribute('data-kind'), 'altered');
    assert.match((await problems.textContent()) ?? '', new RegExp(`^Tệp bị sửa dossiers/${chosen[1]!.id}\\.pdf`));
    await eventually(async () => assert.match(await text(page, 'batch-verified'), /^Có lỗi \(/));
    await ctx.shot('34-export-altered');

    // Re-export is asked for explicitly: only then are the exported dossiers listed again, marked as such.
    await page.getByTestId('export-reexport').check();
    await eventually(async () => assert.match(await text(page, 'export-selection'), new RegExp(`/${ready.length} hồ sơ`)));
    assert.equal(await page.getByTestId('export-list').getByText('Đã xuất', { exact: true }).count(), 3);

    // At 150 % display scaling in a small window the screen still fits its width and keeps every control.
    const small = await ctx.open({ viewport: { width: 960, height: 600 }, deviceScaleFactor: 1.5 });
    await small.getByTestId('nav-export').click();
    await small.getByTestId('batch-row').waitFor();
    await small.getByTestId('export-start').waitFor();
    assert.equal(await small.evaluate("(() => { const m = document.getElementById('main'); return m.scrollWidth <= m.clientWidth; })()"), true, 'no sideways scrolling');
    await small.getByTestId('batch-verify').scrollIntoViewIfNeeded();
    await ctx.shot('35-export-150', small);
  },
  { timeoutMs: 150_000 },
);
