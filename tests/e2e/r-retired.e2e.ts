import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeRecordsCsv } from '../../main/engine/demo/records.generator';
import { seedReviewStation } from '../fixtures/review-station';
import { e2e, eventually } from './harness';

e2e('(r) the retired screen imports the department list, counts listed / found / set apart, names unmatched rows and saves the pick list', async (ctx) => {
  const engine = ctx.host.engine;
  // The records go in through the open engine first, so its lookup index knows them when a decision links again.
  await writeRecordsCsv(join(ctx.dir, 'records.csv'), 12, 18);
  await engine.records.import({ files: [join(ctx.dir, 'records.csv')] });
  await seedReviewStation(join(ctx.dir, 'station.db'), { dossiers: 6, seed: 18, cleanShare: 1, drawn: 2 });
  const linked = engine.dossiers.all().filter((d) => d.record_id && d.status === 'resolved').slice(0, 2);
  assert.equal(linked.length, 2);
  const list = join(ctx.dir, 'danh-sach-het-nien-han.csv');
  writeFileSync(
    list,
    ['Mã hồ sơ,Biển số,Lý do,Ngày', `${linked[0]!.record_id},,Hết niên hạn sử dụng,01/11/2025`, `${linked[1]!.record_id},,không lưu hành,`, 'HS-KHONG-CO,,het_nien_han,'].join('\n'),
  );

  const page = await ctx.open({ viewport: { width: 1366, height: 900 } });
  // The clerk says which box the paper came from on the Scan screen; every dossier of the import keeps it.
  await page.getByTestId('nav-scan').click();
  await page.getByTestId('scan-box').fill('Hộp 7 – Kệ C');
  const empty = join(ctx.dir, 'trang.pdf');
  writeFileSync(empty, '');
  ctx.host.pushDialogPaths([empty]);
  await page.getByTestId('scan-files-button').click();
  await page.getByTestId('scan-plan-confirm').click();
  await eventually(() => assert.ok(engine.dossiers.all().some((d) => d.source[0] === empty && d.box === 'Hộp 7 – Kệ C' && d.kind === 'vehicle')));

  await page.getByTestId('nav-retired').click();
  const screen = page.getByTestId('screen-retired');
  await screen.getByTestId('retired-empty').waitFor();
  // Before a list is imported there is no pick list to save: only the import is offered.
  assert.equal(await screen.getByTestId('retired-pick-list').isDisabled(), true);

  ctx.host.pushDialogPaths([list]);
  await screen.getByTestId('retired-import').click();
  await eventually(async () =>
    assert.equal(await screen.getByTestId('retired-report').textContent(), 'Đã đánh dấu 2 xe, 0 xe đã đánh dấu từ trước, 1 dòng không khớp hồ sơ nào, 0 dòng bị loại.'),
  );
  await eventually(async () => assert.match((await screen.getByTestId('retired-count-listed').textContent()) ?? '', /^3/));
  assert.match((await screen.getByTestId('retired-count-found').textContent()) ?? '', /^2/);
  assert.equal(await screen.getByTestId('retired-pick-list').isDisabled(), false);
  assert.match((await screen.getByTestId('retired-count-separated').textContent()) ?? '', /^0Hồ sơ đã tách riêng \(trên 2 hồ sơ\)/);
  const row = screen.getByTestId(`retired-row-${linked[0]!.record_id}`);
  assert.match((await row.textContent()) ?? '', /Hết niên hạn sử dụng/);
  assert.match((await screen.getByTestId(`retired-dossier-${linked[0]!.id}`).textContent()) ?? '', /chưa rõ hộp/);
  assert.match((await screen.getByTestId('retired-unmatched').textContent()) ?? '', /danh-sach-het-nien-han\.csv dòng 4 không khớp hồ sơ nào: không có hồ sơ mã HS-KHONG-CO/);
  await ctx.shot('r1-retired');

  // The dossiers scanned before the list now carry the retired flag; an officer confirms the paper was set apart.
  assert.ok(engine.review.dossier({ id: linked[0]!.id }).flags.some((f) => f.field === 'record' && f.kind === 'retired'));
  await engine.auth.signIn({ name: 'lan', password: 'officer-pass-1' });
  await engine.review.decide({ dossier: linked[0]!.id, field: 'record', action: 'keep-record' });
  await page.getByTestId('nav-review').click();
  await page.getByTestId('nav-retired').click();
  await eventually(async () => assert.match((await screen.getByTestId('retired-count-separated').textContent()) ?? '', /^1/));
  assert.match((await screen.getByTestId(`retired-dossier-${linked[0]!.id}`).textContent()) ?? '', /đã tách/);

  const pdf = join(ctx.dir, 'lay-ho-so.pdf');
  ctx.host.pushDialogPaths([pdf]);
  await screen.getByTestId('retired-pick-list').click();
  await eventually(async () => assert.match((await screen.getByTestId('retired-pick-list-status').textContent()) ?? '', /Đã lưu danh sách lấy hồ sơ \(2 hồ sơ\) vào .*lay-ho-so\.pdf/));
  assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');

  // The dashboard reports the same three figures.
  await page.getByTestId('nav-dashboard').click();
  const dash = page.getByTestId('dash-retired');
  await eventually(async () => assert.equal(await dash.getByTestId('dash-retired-listed').textContent(), '3'));
  assert.equal(await dash.getByTestId('dash-retired-found').textContent(), '2');
  assert.equal(await dash.getByTestId('dash-retired-separated').textContent(), '1');

  // Export writes the set-apart dossier only in a batch of its own, beside the normal one, whose manifest says so.
  await engine.auth.signIn({ name: 'hoa', password: 'lead-pass-123' });
  await page.reload();
  await page.getByTestId('nav-export').click();
  await page.getByTestId('export-start').waitFor();
  const out = join(ctx.dir, 'xuat-lo');
  ctx.host.pushDialogPaths([out]);
  await page.getByTestId('export-pick-folder').click();
  await page.getByTestId('export-start').click();
  await page.getByTestId('export-confirm-question').waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const retiredCard = page.getByTestId('export-result-retired');
  await retiredCard.waitFor({ timeout: 60_000 });
  assert.equal(await retiredCard.getByTestId('export-result-dossiers').textContent(), '1 hồ sơ');
  assert.equal(await retiredCard.getByTestId('export-result-folder').textContent(), `${out}-retired`);
  assert.equal(JSON.parse(readFileSync(join(`${out}-retired`, 'manifest.json'), 'utf8')).retired, true);
  const normal = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { retired?: boolean; dossiers: { id: string }[] };
  assert.equal(normal.retired, undefined);
  assert.ok(!normal.dossiers.some((d) => d.id === linked[0]!.id || d.id === linked[1]!.id), 'no retired vehicle in the normal batch');
  await ctx.shot('r2-retired-export');
});
