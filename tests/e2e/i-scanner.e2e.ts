import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { e2e, eventually } from './harness';
import { hasScanimage, withSaneTestDevice } from './sane-test-device';

e2e(
  '(i) picks SANE\'s test scanner on the Scan screen, scans a page from it, remembers the choice and toggles the hot folder',
  async (ctx) => {
    if (!hasScanimage) {
      console.log('    (skipped: scanimage is not installed; apt-get install sane-utils)');
      return;
    }
    await withSaneTestDevice(ctx.dir, async () => {
      const page = await ctx.open();
      await page.getByTestId('nav-scan').click();
      const screen = page.getByTestId('screen-scan');
      await screen.getByTestId('dossier-empty').waitFor();
      await screen.getByTestId('scan-source-device').click();
      const panel = screen.getByTestId('scan-device-panel');
      const select = panel.getByTestId('scan-device');
      await eventually(async () => assert.match((await select.textContent()) ?? '', /frontend-tester \(virtual device\) · SANE/), 30_000, 200);
      assert.equal(await screen.getByTestId('scan-files-button').count(), 0);

      // One page from the glass at 150 dpi grey: one dossier of one page, processed.
      await panel.getByTestId('scan-resolution').selectOption('150');
      await panel.getByTestId('scan-adf').uncheck();
      await panel.getByTestId('scan-device-button').click();
      const row = screen.getByTestId('dossier-list').getByTestId('dossier-row');
      await eventually(async () => assert.equal(await row.count(), 1), 60_000, 250);
      await eventually(async () => assert.notEqual(await row.getByTestId('dossier-status').getAttribute('data-status'), 'processing'), 90_000, 250);
      assert.equal((await row.locator('.d-pages').textContent())?.trim(), '1');
      await screen.getByTestId('scan-result').waitFor({ timeout: 30_000 });
      await ctx.shot('19-scanner');

      // The choices are remembered on this computer.
      await page.reload();
      await page.getByTestId('nav-scan').click();
      assert.equal(await screen.getByTestId('scan-source-device').getAttribute('aria-pressed'), 'true');
      assert.equal(await screen.getByTestId('scan-resolution').inputValue(), '150');
      assert.equal(await screen.getByTestId('scan-adf').isChecked(), false);

      // Hot folder: the folder comes from the dialog; the watched path is shown until the toggle is turned off.
      const hot = join(ctx.dir, 'hot');
      mkdirSync(hot);
      // The folder imports what arrives as the Scan screen's kind and box say, and shows it.
      await screen.getByTestId('scan-kind').selectOption('licence');
      await screen.getByTestId('scan-box').fill('Hộp 3');
      await screen.getByTestId('scan-box').blur();
      ctx.host.pushDialogPaths([hot]);
      await screen.getByTestId('hot-folder-toggle').click();
      await eventually(async () => assert.equal(await screen.getByTestId('hot-folder-dir').textContent(), hot), 10_000);
      assert.equal(await screen.getByTestId('hot-folder-labels').textContent(), 'Nhập thành: Giấy phép lái xe (bìa giấy) · Hộp 3');
      assert.deepEqual(ctx.host.engine.scan.watchStatus(), { dir: hot, error: null });
      await screen.getByTestId('hot-folder-toggle').click();
      await screen.getByTestId('hot-folder-dir').waitFor({ state: 'detached' });
      assert.equal(ctx.host.engine.scan.watchStatus().dir, null);
    });
  },
  { timeoutMs: 180_000 },
);
