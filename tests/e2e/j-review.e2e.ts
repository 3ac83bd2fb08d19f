import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seedReviewStation } from '../fixtures/review-station';
import { e2e, eventually, focusedTestId } from './harness';

async function signIn(page: Page, name: string, password: string): Promise<void> {
  await page.getByTestId('signin-open').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('signin-dialog').waitFor();
  await eventually(async () => assert.equal(await focusedTestId(page), 'signin-name'));
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.getByTestId('signin-dialog').waitFor({ state: 'detached' });
  await page.getByTestId('current-user').getByText(name).waitFor();
}

async function openReview(page: Page): Promise<void> {
  await page.getByTestId('nav-review').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('screen-review').waitFor();
  await page.getByTestId('review-dossier-id').waitFor();
}

e2e(
  '(j) an officer signs in, clears a mismatch with the keyboard and sees it in the audit trail; a clerk is refused',
  async (ctx) => {
    const station = await seedReviewStation(join(ctx.dir, 'station.db'), { dossiers: 16, seed: 4, cleanShare: 0.1 });
    const page = await ctx.open();

    // A wrong password gets the engine's sentence, and the dialog stays open.
    await page.getByTestId('signin-open').click();
    await page.getByTestId('signin-name').fill('lan');
    await page.getByTestId('signin-password').fill('not-the-password');
    await page.getByTestId('signin-submit').click();
    assert.match((await page.getByTestId('signin-error').textContent()) ?? '', /Tên đăng nhập hoặc mật khẩu của lan không đúng/);
    await page.keyboard.press('Escape');
    await page.getByTestId('signin-dialog').waitFor({ state: 'detached' });

    await signIn(page, 'lan', 'officer-pass-1');
    await openReview(page);
    const screen = page.getByTestId('screen-review');
    await screen.getByTestId('shortcut-legend').getByText('giấy đúng').waitFor();
    const openCount = station.dossiers.filter((d) => d.injection !== 'clean').length;
    await eventually(async () => assert.match((await screen.getByTestId('queue-status-open').textContent()) ?? '', new RegExp(`${openCount}$`)));

    // Only the mismatches, most severe first: the first one is a serial the paper and the record disagree on.
    await screen.getByTestId('queue-kind').selectOption('mismatch');
    await page.locator('#main').focus();
    await screen.getByTestId('queue-row').first().waitFor();
    // N walks the queue to the first serial the record probably has wrong (the paper is right there).
    const target = station.dossiers.find((d) => d.injection === 'record_slip')!;
    for (let i = 0; i < 16 && (await screen.getByTestId('review-dossier-id').textContent()) !== target.id; i++) {
      const shown = await screen.getByTestId('review-dossier-id').textContent();
      await page.keyboard.press('n');
      await eventually(async () => assert.notEqual(await screen.getByTestId('review-dossier-id').textContent(), shown));
    }
    const id = target.id;
    const first = screen.locator(`[data-testid="queue-row"][data-dossier="${id}"]`);
    await eventually(async () => assert.equal(await screen.getByTestId('review-dossier-id').textContent(), id));
    const seeded = target;
    assert.match((await screen.getByTestId('flag-hint').textContent()) ?? '', /dữ liệu điện tử nhập sai/);
    const detail = screen.getByTestId('flag-detail');
    assert.equal(await detail.getAttribute('data-field'), seeded.field);
    assert.equal(await detail.getByTestId('diff-record').getAttribute('aria-label'), `Dữ liệu điện tử: ${seeded.record}`);
    assert.equal(await detail.getByTestId('diff-scan').getAttribute('aria-label'), `Trên giấy: ${seeded.paper}`);
    assert.ok((await detail.locator('.diff-x').count()) >= 2, 'the differing characters are highlighted on both rows');
    await detail.getByTestId('flag-hint').waitFor();
    // Every copy of the serial is outlined on the page: the form and the rubbing on page 1.
    await eventually(async () => assert.ok((await screen.getByTestId('reading-box').count()) >= 2));
    await page.waitForFunction("document.querySelector('[data-testid=\"page-viewer\"] img')?.complete === true");
    await ctx.shot('20-review-officer');

    // "Paper is right" with one key: the dossier is resolved, and the audit trail names the officer.
    await page.keyboard.press('p');
    // Waited for as every other change on screen is (Playwright's 30 s), not eventually's 10 s: nothing but CPU stands
    // between the key and the status (one decision call, one render), and a starved machine needed 5.4–5.9 s for it.
    await screen.locator('[data-testid="review-dossier-status"][data-status="resolved"]').waitFor();
    assert.match((await screen.getByTestId('review-notice').textContent()) ?? '', /Nhấn N/);
    const entry = screen.getByTestId('audit-entry').first();
    await eventually(async () => assert.match((await entry.textContent()) ?? '', /lan.*Quyết định: giấy đúng/));
    assert.match((await entry.textContent()) ?? '', new RegExp(`${seeded.record} → ${seeded.paper}`));
    assert.equal(await first.getAttribute('data-status'), 'resolved');
    await ctx.shot('21-review-resolved');

    // A value the engine cannot use is refused in one Vietnamese sentence beside the decision's buttons, not above the flags.
    await page.keyboard.press('e');
    await detail.getByTestId('edit-value').fill('A-1');
    await detail.getByTestId('edit-value').press('Enter');
    const refusal = screen.getByTestId('error-banner');
    await refusal.getByText(`“A-1” không phải giá trị`, { exact: false }).waitFor();
    const refused = (await refusal.boundingBox())!;
    const decideButtons = (await screen.getByTestId('decide-undo').boundingBox())!;
    assert.ok(refused.y > decideButtons.y && refused.y - (decideButtons.y + decideButtons.height) < 40, `the refusal is beside the buttons: ${JSON.stringify(refused)} / ${JSON.stringify(decideButtons)}`);
    assert.equal(await screen.getByTestId('review-dossier-status').getAttribute('data-status'), 'resolved', 'nothing changed');
    await ctx.shot('21-review-value-refused');
    await page.locator('#main').focus();

    // U takes it back; N moves on to the next dossier of the queue.
    await page.keyboard.press('u');
    await eventually(async () => assert.equal(await screen.getByTestId('review-dossier-status').getAttribute('data-status'), 'needs_review'));
    const position = (await screen.locator('[data-testid="queue-row"][aria-current="true"]').textContent()) ?? '';
    await page.keyboard.press('n');
    await eventually(async () => assert.notEqual(await screen.getByTestId('review-dossier-id').textContent(), id));
    assert.notEqual((await screen.locator('[data-testid="queue-row"][aria-current="true"]').textContent()) ?? '', position, 'the queue follows');

    // A clerk sees the flags read-only, with the reason, and a decision key is refused.
    await page.getByTestId('signout').click();
    const clerk = await ctx.open({ viewport: { width: 960, height: 600 }, deviceScaleFactor: 1.5 });
    await signIn(clerk, 'minh', 'clerk-pass-12');
    await openReview(clerk);
    const banner = clerk.getByTestId('review-readonly');
    assert.match((await banner.textContent()) ?? '', /minh là cán bộ số hóa/);
    const before = await clerk.getByTestId('flag-decision').textContent();
    await clerk.locator('#main').focus();
    await clerk.keyboard.press('r');
    await clerk.getByTestId('review-notice').getByText('Bạn không có quyền quyết định').waitFor();
    // Said beside the decision's buttons the key stands for, not above the flags.
    const said = (await clerk.getByTestId('review-notice').boundingBox())!;
    const buttons = (await clerk.getByTestId('decide-undo').boundingBox())!;
    assert.ok(said.y > buttons.y && said.y - (buttons.y + buttons.height) < 40, `the refusal is beside the buttons: ${JSON.stringify(said)} / ${JSON.stringify(buttons)}`);
    // …and brought into view, though the buttons were scrolled away below the flag's readings.
    await eventually(async () => {
      const box = (await clerk.getByTestId('review-notice').boundingBox())!;
      assert.ok(box.y >= 0 && box.y + box.height <= 600, `the refusal is in view: ${JSON.stringify(box)}`);
    });
    assert.equal(await clerk.getByTestId('flag-decision').textContent(), before);
    assert.equal(await clerk.getByTestId('decide-take-scan').isDisabled(), true);
    await ctx.shot('22-review-clerk-150', clerk);
  },
  { timeoutMs: 120_000 },
);
