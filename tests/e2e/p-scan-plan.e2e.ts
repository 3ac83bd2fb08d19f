import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { e2e, eventually } from './harness';

e2e('(p) before a scan import the clerk sees how the files become dossiers and can split them at separator sheets instead; cancelling stores nothing', async (ctx) => {
  // A folder of two page images: by the folder rules, each loose image is a dossier of its own.
  const folder = join(ctx.dir, 'ho-so-12');
  mkdirSync(folder);
  for (const name of ['trang-1.jpg', 'trang-2.jpg']) {
    await sharp({ create: { width: 800, height: 1100, channels: 3, background: '#fff' } }).jpeg().toFile(join(folder, name));
  }
  const page = await ctx.open({ viewport: { width: 1366, height: 768 } });
  await page.getByTestId('nav-scan').click();
  const screen = page.getByTestId('screen-scan');
  await screen.getByTestId('dossier-empty').waitFor();

  ctx.host.pushDialogPaths([folder]);
  await screen.getByTestId('scan-files-button').click();
  const plan = screen.getByTestId('scan-plan');
  await eventually(async () => assert.equal(await plan.getByTestId('scan-plan-dossier').count(), 2));
  assert.match((await plan.locator('h2').textContent()) ?? '', /Sẽ tạo 2 hồ sơ/);

  // Taken as one stack (no separator sheet in it), the two pages are one dossier.
  await plan.getByTestId('scan-plan-stack').check();
  await eventually(async () => assert.equal(await plan.getByTestId('scan-plan-dossier').count(), 1));
  // Its name lists its two files: they are counted after it, not named a second time.
  assert.equal((await plan.getByTestId('scan-plan-dossier').textContent())?.trim(), 'trang-1.jpg, trang-2.jpg 2 tệp');
  assert.equal(await screen.getByTestId('scan-stack').isChecked(), true, 'the screen keeps the clerk’s choice');
  await ctx.shot('scan-plan-1366');

  await plan.getByTestId('scan-plan-cancel').click();
  await plan.waitFor({ state: 'detached' });
  await screen.getByTestId('dossier-empty').waitFor();
  assert.equal(ctx.host.engine.dossiers.all().length, 0, 'nothing was imported');
});
