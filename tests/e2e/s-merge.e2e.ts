import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FIXTURE_ACCOUNTS, seedReviewStation } from '../fixtures/review-station';
import { e2e, eventually } from './harness';

e2e('(s) a duplicate dossier is merged into the other from its flag on the Review screen, pages kept, with one confirmation', async (ctx) => {
  await seedReviewStation(join(ctx.dir, 'station.db'), { dossiers: 5, seed: 15, cleanShare: 1 });
  const engine = ctx.host.engine;
  const officer = FIXTURE_ACCOUNTS.find((a) => a.role === 'officer')!;
  const [from, into] = engine.dossiers.all().filter((d) => d.record_id && d.status === 'resolved');
  assert.ok(from && into);
  // The officer found the first dossier's paper is the second one's vehicle: two dossiers of one record.
  await engine.auth.signIn({ name: officer.name, password: officer.password });
  await engine.review.decide({ dossier: from.id, field: 'record', action: 'set', value: into.record_id! });
  const pages = { from: from.pages, into: into.pages };

  const page = await ctx.open({ viewport: { width: 1366, height: 768 } });
  // The engine's session is the window's: the officer is signed in there too.
  await page.getByTestId('current-user').getByText(officer.name).waitFor();
  await page.getByTestId('nav-review').click();
  const screen = page.getByTestId('screen-review');
  await screen.getByTestId('queue-kind').selectOption('duplicate');
  await screen.getByTestId('queue-row').filter({ hasText: from.id }).click();
  await eventually(async () => assert.equal(await screen.getByTestId('review-dossier-id').textContent(), from.id));
  await screen.getByTestId('flag-item').filter({ hasText: 'Trùng lặp' }).first().click();

  await screen.getByTestId(`merge-into-${into.id}`).click();
  await screen.getByTestId('merge-duplicate').getByRole('alertdialog').waitFor();
  await ctx.shot('s1-merge-confirm');
  await screen.getByTestId('merge-yes').click();
  await eventually(async () => assert.equal(await screen.getByTestId('merge-said').textContent(), `Hồ sơ ${from.id} đã được gộp vào hồ sơ ${into.id}; số trang đã chuyển: ${pages.from}.`));

  const kept = engine.dossiers.all().find((d) => d.id === into.id)!;
  assert.equal(kept.pages, pages.into + pages.from);
  assert.deepEqual(kept.flags.filter((f) => f.kind === 'duplicate'), []);
  assert.equal(engine.dossiers.all().find((d) => d.id === from.id)!.status, 'failed');
  assert.equal(engine.audit.list({ offset: 0, limit: 1 }).rows[0]!.action, 'review.merge');
});
