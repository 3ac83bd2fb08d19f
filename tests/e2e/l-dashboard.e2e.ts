import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { seedReviewStation } from '../fixtures/review-station';
import { e2e, eventually } from './harness';

e2e('(l) the dashboard counts a seeded station, follows a decision live and saves a PDF report', async (ctx) => {
  const station = await seedReviewStation(join(ctx.dir, 'station.db'), { dossiers: 12, seed: 7, cleanShare: 0.25, drawn: 3 });
  const page = await ctx.open({ viewport: { width: 1366, height: 900 } });
  await page.getByTestId('nav-dashboard').click();
  const screen = page.getByTestId('screen-dashboard');
  await eventually(async () => assert.equal(await screen.getByTestId('dash-scanned-total').textContent(), '12'));
  const engine = ctx.host.engine;
  const views = engine.dossiers.list({ offset: 0, limit: 100 }).rows;
  assert.equal(await screen.getByTestId('dash-linked-total').textContent(), String(views.filter((d) => d.record_id).length));
  assert.equal(await screen.getByTestId('dash-flagged-total').textContent(), String(views.filter((d) => d.flags.length > 0).length));
  const resolved = views.filter((d) => d.status === 'resolved').length;
  assert.equal(await screen.getByTestId('dash-resolved-total').textContent(), String(resolved));
  await screen.getByText('Chưa có quyết định đối soát nào.').waitFor();
  assert.equal(await screen.getByTestId('dash-daily').locator('rect.step-scanned').count(), 30);

  // An officer's decisions elsewhere reach the open dashboard through the dossiers.changed event.
  await engine.auth.signIn({ name: 'lan', password: 'officer-pass-1' });
  const slip = station.dossiers.find((d) => d.injection === 'record_slip')!;
  const flags = engine.review.dossier({ id: slip.id }).flags;
  for (const flag of flags) await engine.review.decide({ dossier: slip.id, field: flag.field, action: 'take-scan' });
  const officer = screen.getByTestId('dash-officers-row');
  await eventually(async () => assert.match((await officer.textContent()) ?? '', new RegExp(`^lan.*${flags.length}1${flags.length}`)));
  await eventually(async () => assert.equal(await screen.getByTestId('dash-resolved-total').textContent(), String(resolved + 1)));
  await ctx.shot('l1-dashboard');

  const pdf = join(ctx.dir, 'bao-cao.pdf');
  ctx.host.pushDialogPaths([pdf]);
  await screen.getByTestId('dash-save-report').click();
  await eventually(async () => assert.match((await screen.getByTestId('dash-report-status').textContent()) ?? '', /Đã lưu báo cáo: .*bao-cao\.pdf/));
  assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
});

e2e('(l) settings are validated, kept after a reload, and "Back up now" writes a backup and reports it', async (ctx) => {
  const page = await ctx.open();
  await page.getByTestId('nav-settings').click();
  const screen = page.getByTestId('screen-settings');
  const cores = availableParallelism();

  // A worker count beyond this computer's cores is refused with one sentence, and nothing is stored.
  await screen.getByTestId('set-workers').fill(String(cores + 1));
  await screen.getByTestId('set-save').click();
  await screen.getByTestId('error-banner').getByText(`Số luồng OCR phải là số nguyên từ 1 đến ${cores}, là số nhân bộ xử lý của máy tính này.`).waitFor();
  assert.equal(ctx.host.engine.settings.get().ocrWorkers, undefined);
  await ctx.shot('l2-settings-refused');

  const backups = join(ctx.dir, 'daily');
  await screen.getByTestId('set-workers').fill('1');
  await screen.getByTestId('set-backup-folder').fill(backups);
  await screen.getByTestId('set-resolution').selectOption('400');
  await screen.getByTestId('set-save').click();
  await screen.getByTestId('set-saved').waitFor();
  await page.reload();
  await page.getByTestId('nav-settings').click();
  assert.equal(await screen.getByTestId('set-workers').inputValue(), '1');
  assert.equal(await screen.getByTestId('set-backup-folder').inputValue(), backups);
  assert.equal(await screen.getByTestId('set-resolution').inputValue(), '400');
  assert.match((await screen.getByTestId('set-archive').textContent()) ?? '', /archive$/);

  const out = join(ctx.dir, 'now.sohoa-backup');
  ctx.host.pushDialogPaths([out]);
  await screen.getByTestId('backup-now').click();
  const report = screen.getByTestId('backup-report');
  await report.getByText(`Đã sao lưu vào ${out}`).waitFor();
  assert.match((await report.textContent()) ?? '', /0 bản ghi đăng ký, 0 hồ sơ, 0 tệp lưu trữ/);
  assert.ok(existsSync(out));
  await report.scrollIntoViewIfNeeded();
  await ctx.shot('l3-settings-backup');
});
