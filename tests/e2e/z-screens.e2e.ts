import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seedReviewStation } from '../fixtures/review-station';
import { englishWords } from '../unit/i18n/english-words';
import { artifactPath, e2e, eventually } from './harness';
import { signInAs } from './session';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const SCREENS = ['records', 'scan', 'review', 'owners', 'declarations', 'licences', 'retired', 'export', 'dashboard', 'settings'] as const;

/** The words a Vietnamese screen shows, serials and paths (set in monospace) left out: the window's whole text. */
const SHOWN_WORDS = `(() => {
  const copy = document.body.cloneNode(true);
  for (const el of copy.querySelectorAll('.mono, code, script, style, [aria-hidden="true"]')) el.remove();
  document.body.appendChild(copy);
  copy.style.position = 'absolute';
  const text = copy.innerText;
  copy.remove();
  return text;
})()`;

/**
 * Names printed on the keys a hint names, products (paperless-ngx, iHanoi), the language English named in English, the
 * loanword Internet, and Vietnamese words spelled as English ones: "an" (Công an, the given name An), "in" (In 10 tờ
 * phân cách: print), "to" (phóng to).
 */
const NOT_ENGLISH = new Set([
  ...['pgup', 'pgdn', 'home', 'end', 'enter', 'esc', 'shift', 'ctrl', 'alt', 'tab', 'space'],
  ...['paperless-ngx', 'ihanoi', 'english', 'internet', 'an', 'in', 'to'],
]);
const englishIn = (text: string): string[] => englishWords(text).filter((w) => !NOT_ENGLISH.has(w));

/** A screen's heading or cards that touch the navigation or the window's edge (every screen keeps its page margin). */
const MARGINLESS = `(() => {
  const main = document.querySelector('.app-main');
  const box = main.getBoundingClientRect();
  const right = box.left + main.clientWidth;
  const title = document.querySelector('.page-head h1').getBoundingClientRect();
  const problems = title.left - box.left < 16 ? ['title ' + Math.round(title.left - box.left) + ' px from the navigation'] : [];
  for (const card of document.querySelectorAll('.app-main .card')) {
    const r = card.getBoundingClientRect();
    if (card.offsetParent !== null && right - r.right < 15) problems.push((card.className + ' ' + Math.round(right - r.right) + ' px from the edge').trim());
  }
  return problems;
})()`;

/** Choices a drop-down list cuts off: an option wider than the closed list shows (its arrow taken off). */
const CUT_CHOICES = `(() => [...document.querySelectorAll('select')]
  .filter((el) => el.offsetParent !== null)
  .flatMap((el) => {
    const s = getComputedStyle(el);
    const room = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - 18;
    return [...el.options].filter((o) => {
      const probe = document.createElement('span');
      probe.textContent = o.textContent; probe.style.whiteSpace = 'pre'; probe.style.font = s.font;
      document.body.appendChild(probe); const wide = probe.getBoundingClientRect().width; probe.remove();
      return wide > room;
    }).map((o) => (el.dataset.testid || el.name || '?') + ': ' + o.textContent);
  }))()`;

/** Table headers whose words were broken inside a word (a header cell narrower than its longest word). */
const BROKEN_HEADERS = `(() => [...document.querySelectorAll('th, [role="columnheader"]')]
  .filter((el) => el.offsetParent !== null && el.textContent.trim() !== '' && ![...el.querySelectorAll('.sr-only, .visually-hidden')].some((h) => h.textContent.trim() === el.textContent.trim()))
  .filter((el) => el.scrollWidth > el.clientWidth + 1 || [...el.textContent.split(/\\s+/)].some((w) => {
    const probe = document.createElement('span');
    probe.textContent = w; probe.style.whiteSpace = 'nowrap'; probe.style.font = getComputedStyle(el).font;
    document.body.appendChild(probe); const wide = probe.getBoundingClientRect().width; probe.remove();
    const s = getComputedStyle(el);
    return wide > el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) + 1;
  }))
  .map((el) => el.textContent))()`;

/** Text set in the monospace face that holds Vietnamese letters (monospace is for serials and ids only). */
const MONO_VIETNAMESE = `(() => [...document.querySelectorAll('.mono, code')]
  .filter((el) => el.offsetParent !== null && /[ăâêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i.test(el.textContent) && !el.closest('.set-path, .history-dir, [data-testid="export-folder"]'))
  .map((el) => el.textContent.slice(0, 40)))()`;

/** Serial values (with their confidence) of the scan table that reach past their own column. */
const SPILLED_VALUES = `(() => {
  const list = document.querySelector('[data-testid="dossier-list"]').getBoundingClientRect();
  return [...document.querySelectorAll('[data-testid="dossier-row"] .scan-value')]
    .filter((el) => el.offsetParent !== null)
    .filter((el) => { const cell = el.parentElement.getBoundingClientRect(); const r = el.getBoundingClientRect(); return r.right > cell.right + 1 || r.right > list.right + 1 || el.scrollWidth > el.clientWidth + 1; })
    .map((el) => el.textContent);
})()`;

/** Pairs of dashboard lines whose colours are too close to tell apart (distance in RGB below 120). */
const CLOSE_LINE_COLOURS = `(() => {
  const rgb = (el) => getComputedStyle(el).stroke.match(/\\d+/g).slice(0, 3).map(Number);
  const lines = [...document.querySelectorAll('.line')].map((el) => ({ name: el.getAttribute('class'), c: rgb(el) }));
  const close = [];
  for (let i = 0; i < lines.length; i++) for (let j = i + 1; j < lines.length; j++) {
    const d = Math.hypot(...lines[i].c.map((v, k) => v - lines[j].c[k]));
    if (d < 120) close.push(lines[i].name + ' / ' + lines[j].name);
  }
  return close;
})()`;

/** A refused value is said beside the Save button, where the officer is, not only at the top of the page. */
async function refusalBesideSave(page: Page): Promise<void> {
  await page.getByTestId('set-workers').fill('99');
  await page.getByTestId('set-save').click();
  const error = page.getByTestId('set-save-error');
  await error.waitFor();
  const a = (await error.boundingBox())!;
  const b = (await page.getByTestId('set-save').boundingBox())!;
  assert.ok(Math.abs(a.y + a.height / 2 - (b.y + b.height / 2)) < 80, `the refusal is beside Save: ${JSON.stringify(a)} / ${JSON.stringify(b)}`);
  await page.screenshot({ path: artifactPath('screen-settings-refusal-1366x768') });
}

async function visit(page: Page, screen: (typeof SCREENS)[number]): Promise<void> {
  await page.getByTestId(`nav-${screen}`).click();
  await page.getByTestId(`screen-${screen}`).waitFor();
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(400);
}

e2e(
  '(z) every screen at 1366×768 and 1920×1080: screenshots, page margins, no English word, no table header broken mid-word, monospace only for serials',
  async (ctx) => {
    await seedReviewStation(join(ctx.dir, 'station.db'), { dossiers: 30, seed: 11, cleanShare: 0.3 });
    for (const size of SIZES) {
      const page = await ctx.open({ viewport: size });
      // The station keeps one session: the second window is already signed in. Which it is shows only once the
      // header has rendered, so wait for either button before asking.
      await page.locator('[data-testid="signout"], [data-testid="signin-open"]').first().waitFor();
      if ((await page.getByTestId('signout').count()) === 0) await signInAs(page, 'hoa', 'lead-pass-123');
      for (const screen of SCREENS) {
        await visit(page, screen);
        if (screen === 'review') await page.getByTestId('flag-detail').waitFor();
        await ctx.shot(`screen-${screen}-${size.width}x${size.height}`, page);
        if (screen === 'scan') {
          assert.deepEqual(await page.evaluate(SPILLED_VALUES), [], `scan at ${size.width}: a value runs into the next column`);
          // With a dossier's pages open beside it the table is narrower: still no value runs into the next column.
          await page.getByTestId('dossier-row').first().click();
          await page.getByTestId('dossier-pages').waitFor();
          await ctx.shot(`screen-scan-pages-${size.width}x${size.height}`, page);
          assert.deepEqual(await page.evaluate(SPILLED_VALUES), [], `scan with pages at ${size.width}: a value runs into the next column`);
        }
        if (screen === 'dashboard') assert.deepEqual(await page.evaluate(CLOSE_LINE_COLOURS), [], 'dashboard lines told apart by colour');
        if (screen === 'settings' && size.width === 1366) await refusalBesideSave(page);
        assert.deepEqual(await page.evaluate(MARGINLESS), [], `${screen} at ${size.width}: no page margin`);
        assert.deepEqual(await page.evaluate(CUT_CHOICES), [], `${screen} at ${size.width}: a choice cut off`);
        if (size.width === 1366) assert.deepEqual(englishIn(await page.evaluate(SHOWN_WORDS)), [], `${screen}: English on a Vietnamese screen`);
        await eventually(async () => assert.deepEqual(await page.evaluate(BROKEN_HEADERS), [], `${screen} at ${size.width}: headers broken mid-word`), 2000);
        await eventually(async () => assert.deepEqual(await page.evaluate(MONO_VIETNAMESE), [], `${screen} at ${size.width}: Vietnamese in monospace`), 2000);
      }
      await page.context().close();
    }
  },
  { timeoutMs: 180_000 },
);
