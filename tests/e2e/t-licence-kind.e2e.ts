import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { seedLicenceDossiers } from '../fixtures/licence-dossiers';
import { seedReviewStation } from '../fixtures/review-station';
import { e2e, eventually } from './harness';
import { hasScanimage, withSaneTestDevice } from './sane-test-device';

const LICENCES = [
  'Số GPLX,Hạng,Họ và tên,Ngày sinh,Số định danh cá nhân,Ngày cấp,Có giá trị đến,Nơi cấp',
  '010123456789,B2,Phạm Thu Hà,16/03/1990,001190012345,01/02/2015,01/02/2035,Sở GTVT Hà Nội',
  '010180000111,B2,Lê Văn Bình,01/01/1980,001080000001,01/01/2010,01/01/2030,Hà Nội',
];

const queueIds = async (screen: Locator): Promise<string[]> =>
  (await screen.getByTestId('queue-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-dossier') ?? ''))).sort();

e2e('(t) the Scan screen labels paper as licences with a box — files and a scanner batch alike — kept for the station; the review queue filters by kind and "paper is right" corrects the licence', async (ctx) => {
  const engine = ctx.host.engine;
  const db = join(ctx.dir, 'station.db');
  const vehicles = await seedReviewStation(db, { dossiers: 4, seed: 7, cleanShare: 0, drawn: 2 });
  writeFileSync(join(ctx.dir, 'licences.csv'), LICENCES.join('\n'));
  await engine.licences.import({ files: [join(ctx.dir, 'licences.csv')] });
  const licences = await seedLicenceDossiers(db, [
    { card: { licence_no: '010123456789', full_name: 'PHẠM THU HÀ', birth_date: '1990-03-15', class: 'B2', issued_on: '2015-02-01' }, box: 'Hộp GPLX 1' },
    { card: { licence_no: '010180000111', full_name: 'LÊ VĂN BÌNH', birth_date: '1980-01-01', class: 'A1 B2', issued_on: '2010-01-01' }, box: 'Hộp GPLX 1' },
  ]);
  const vehicleIds = vehicles.dossiers.map((d) => d.id).sort();

  // The clerk says the paper is licences from box 2; the file (empty, so it fails at once) becomes a licence dossier of that box.
  const page = await ctx.open({ viewport: { width: 1366, height: 900 } });
  await page.getByTestId('nav-scan').click();
  await page.getByTestId('scan-kind').selectOption('licence');
  await page.getByTestId('scan-box').fill('Hộp GPLX 2');
  const empty = join(ctx.dir, 'the-trong.jpg');
  writeFileSync(empty, '');
  ctx.host.pushDialogPaths([empty]);
  await page.getByTestId('scan-files-button').click();
  await page.getByTestId('scan-plan-confirm').click();
  await eventually(() => assert.ok(engine.dossiers.all().some((d) => d.source[0] === empty && d.kind === 'licence' && d.box === 'Hộp GPLX 2')));
  // The choice is the station's: the watched folder and scanner batches use it, and it is still there after a reload.
  assert.deepEqual((({ scanKind, scanBox }) => ({ scanKind, scanBox }))(engine.settings.get()), { scanKind: 'licence', scanBox: 'Hộp GPLX 2' });
  await page.reload();
  await page.getByTestId('nav-scan').click();
  await eventually(async () => assert.equal(await page.getByTestId('scan-kind').inputValue(), 'licence'));
  assert.equal(await page.getByTestId('scan-box').inputValue(), 'Hộp GPLX 2');

  // A scanner batch is labelled the same way: one page from SANE's test device (a grid, so no card on it).
  const scanned: string[] = [];
  if (hasScanimage) {
    await withSaneTestDevice(ctx.dir, async () => {
      await page.getByTestId('scan-source-device').click();
      const panel = page.getByTestId('scan-device-panel');
      await eventually(async () => assert.match((await panel.getByTestId('scan-device').textContent()) ?? '', /frontend-tester/), 30_000, 200);
      await panel.getByTestId('scan-resolution').selectOption('150');
      await panel.getByTestId('scan-adf').uncheck();
      await panel.getByTestId('scan-device-button').click();
      const fromDevice = (): string[] => engine.dossiers.all().filter((d) => d.source[0]!.includes(`${join('archive', 'inbox')}`) && d.status !== 'processing').map((d) => d.id);
      await eventually(() => assert.equal(fromDevice().length, 1), 90_000, 250);
      assert.ok(engine.dossiers.all().some((d) => d.id === fromDevice()[0] && d.kind === 'licence' && d.box === 'Hộp GPLX 2'));
      scanned.push(...fromDevice());
    });
  }

  // The officer's queue holds both kinds; the filter by kind shows one kind at a time.
  await engine.auth.signIn({ name: 'lan', password: 'officer-pass-1' });
  await page.reload();
  await page.getByTestId('nav-review').click();
  const screen = page.getByTestId('screen-review');
  await eventually(async () => assert.deepEqual(await queueIds(screen), [...vehicleIds, ...licences, ...scanned].sort()));
  await screen.getByTestId('queue-dossier-kind').selectOption('licence');
  await eventually(async () => assert.deepEqual(await queueIds(screen), [...licences, ...scanned].sort()));
  await ctx.shot('t1-review-licences');
  await screen.getByTestId('queue-dossier-kind').selectOption('vehicle');
  await eventually(async () => assert.deepEqual(await queueIds(screen), vehicleIds));

  // A licence's flag decided with P: the card's birth date goes into the licence record.
  await screen.getByTestId('queue-dossier-kind').selectOption('licence');
  await screen.locator(`[data-testid="queue-row"][data-dossier="${licences[0]}"]`).click();
  await eventually(async () => assert.equal(await screen.getByTestId('review-dossier-id').textContent(), licences[0]));
  await eventually(async () => assert.equal(await screen.getByTestId('flag-detail').getAttribute('data-field'), 'birth_date'));
  // The card's values above: its holder's name in the words' face, its birth date the reader's way.
  assert.match((await screen.getByTestId('review-values').textContent()) ?? '', /Ngày sinh: 15\/03\/1990/);
  assert.equal(await screen.getByTestId('review-values').locator('.mono').count(), 1);
  // The licence's and the card's birth dates as a Vietnamese reader writes them, not ISO.
  assert.match((await screen.getByTestId('flag-detail').textContent()) ?? '', /16\/03\/1990.*15\/03\/1990/);
  assert.doesNotMatch((await screen.getByTestId('flag-detail').textContent()) ?? '', /1990-03/);
  await page.locator('#main').focus();
  await page.keyboard.press('p');
  await eventually(() => assert.equal(engine.licences.show({ licence_no: '010123456789' })!.birth_date, '1990-03-15'));
  await eventually(async () => assert.equal(await screen.getByTestId('review-dossier-status').getAttribute('data-status'), 'resolved'));
});
