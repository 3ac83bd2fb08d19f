import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { e2e, eventually, focusedTestId } from './harness';

const STEPS = ['records', 'scan', 'review', 'export', 'dashboard'];

async function expectStep(page: Page, step: number): Promise<void> {
  const tour = page.getByTestId('tour');
  await eventually(async () => assert.equal(await tour.getAttribute('data-step'), String(step)));
  await page.getByTestId(`screen-${STEPS[step]}`).waitFor();
  assert.equal(await page.getByTestId(`nav-${STEPS[step]}`).getAttribute('aria-current'), 'page');
  assert.equal((await tour.getByTestId('tour-count').textContent())?.trim(), `Bước ${step + 1}/${STEPS.length}`);
  // The focus stays on "Next" whichever screen the step opened, so Enter keeps walking.
  await eventually(async () => assert.equal(await focusedTestId(page), 'tour-next'));
}

e2e(
  '(m) first run on the demo station: the tour walks records → scan → review → export → dashboard by keyboard, Esc ends it for good, the last screen comes back',
  async (ctx) => {
    // Windows' 125 % scaling on a common laptop screen.
    const page = await ctx.open({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1.25 });
    await page.getByTestId('demo-badge').waitFor();

    await expectStep(page, 0);
    const card = page.getByTestId('tour');
    assert.equal(await card.getAttribute('role'), 'dialog');
    assert.equal(await card.getByTestId('tour-back').count(), 0, 'no Back on the first step');
    await ctx.shot('m0-tour-welcome');

    await page.keyboard.press('Enter');
    await expectStep(page, 1);
    await ctx.shot('m1-tour-scan');

    await page.keyboard.press('Enter');
    await expectStep(page, 2);
    // The review step names the officer's demo account and offers to sign in.
    assert.match((await card.textContent()) ?? '', /officer \/ demo-officer/);
    assert.match((await card.textContent()) ?? '', /nhấn P/);
    await ctx.shot('m2-tour-review');

    await page.keyboard.press('Enter');
    await expectStep(page, 3);
    assert.match((await card.textContent()) ?? '', /lead \/ demo-lead/);
    // The card does not cover the button its step is about.
    await eventually(async () => {
      const a = (await card.boundingBox())!;
      const b = (await page.getByTestId('export-start').boundingBox())!;
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      assert.ok(!overlap, `the tour card ${JSON.stringify(a)} covers the export button ${JSON.stringify(b)}`);
    });
    await ctx.shot('m3-tour-export');

    // Back is a tab stop before Next; Shift+Tab and Enter go back a step, Tab and Enter forward again.
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focusedTestId(page), 'tour-back');
    await page.keyboard.press('Enter');
    await expectStep(page, 2);
    await page.keyboard.press('Enter');
    await expectStep(page, 3);
    await page.keyboard.press('Enter');
    await expectStep(page, 4);
    assert.equal((await card.getByTestId('tour-next').textContent())?.trim(), 'Xong');
    await ctx.shot('m4-tour-dashboard');

    // Esc closes it; it is remembered in the station settings and does not come back after a reload.
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await eventually(() => assert.equal(ctx.host.engine.settings.get().tourDone, true));

    // The last screen (the dashboard, where the tour ended) comes back after a reload.
    await page.reload();
    await page.getByTestId('screen-dashboard').waitFor();
    await page.getByTestId('demo-badge').waitFor();
    assert.equal(await page.getByTestId('nav-dashboard').getAttribute('aria-current'), 'page');
    await page.getByTestId('nav-review').click();
    await page.getByTestId('screen-review').waitFor();
    await page.reload();
    await page.getByTestId('screen-review').waitFor();
    // Give the settings time to arrive: the tour would have opened by now.
    await page.waitForTimeout(1000);
    assert.equal(await page.getByTestId('tour').count(), 0, 'the tour does not come back');
    await ctx.shot('m5-last-screen-after-reload');

    // Settings offer to restart it; this time Enter walks it to the end and "Done" closes it.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('tour-restart').click();
    await expectStep(page, 0);
    for (let step = 1; step < STEPS.length; step++) {
      await page.keyboard.press('Enter');
      await expectStep(page, step);
    }
    await page.keyboard.press('Enter');
    await card.waitFor({ state: 'detached' });
    assert.equal(ctx.host.engine.settings.get().tourDone, true);
  },
  { demo: true },
);

e2e('(m) a station that is not the demo opens without the tour', async (ctx) => {
  const page = await ctx.open();
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('screen-settings').getByTestId('set-save').waitFor();
  assert.equal(await page.getByTestId('tour').count(), 0);
  assert.equal(await page.getByTestId('tour-restart').count(), 0);
});
