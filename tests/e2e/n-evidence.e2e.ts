import assert from 'node:assert/strict';
import { join } from 'node:path';
import { seedReviewStation } from '../fixtures/review-station';
import { e2e, eventually } from './harness';
import { signInAs } from './session';

interface Geometry {
  frame: { left: number; right: number; top: number; bottom: number; width: number };
  box: { left: number; right: number; top: number; bottom: number; width: number } | null;
  imageWidth: number;
  pageWidth: number;
  label: string;
}

const GEOMETRY = `(() => {
  const viewer = document.querySelector('[data-testid="page-viewer"]');
  const rect = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width }; };
  const img = viewer.querySelector('.viewer-page img');
  const box = viewer.querySelector('[data-testid="reading-box"]');
  return {
    frame: rect(viewer.querySelector('.viewer-frame')),
    box: box ? rect(box) : null,
    imageWidth: img.getBoundingClientRect().width,
    pageWidth: Number(img.getAttribute('width')),
    label: viewer.querySelector('[data-testid="viewer-zoom"]').textContent,
  };
})()`;

e2e('(n) the review shows every reading of the flagged field as an enlarged crop and opens the page zoomed to it, with a true zoom label', async (ctx) => {
  await seedReviewStation(join(ctx.dir, 'station.db'), { dossiers: 8, seed: 4, cleanShare: 0 });
  const page = await ctx.open({ viewport: { width: 1366, height: 768 } });
  await signInAs(page, 'lan', 'officer-pass-1');
  await page.getByTestId('nav-review').click();
  const screen = page.getByTestId('screen-review');
  await screen.getByTestId('queue-kind').selectOption('mismatch');
  await screen.getByTestId('flag-detail').waitFor();

  // One crop per reading that has a box: the form, the rubbing and the certificate, each cut from the scan itself.
  const readings = screen.getByTestId('reading');
  const crops = screen.getByTestId('field-crop');
  await eventually(async () => assert.equal(await crops.count(), await readings.count()));
  const sources = await readings.evaluateAll((els) => els.map((el) => el.getAttribute('data-source')));
  for (const source of ['form', 'rubbing', 'certificate']) assert.ok(sources.includes(source), `a crop of the ${source}: ${sources.join(', ')}`);
  // Where each value came from: found by its label on the form, by its shape on the rubbing.
  const form = screen.locator('[data-testid="reading"][data-source="form"]').first();
  await eventually(async () => assert.match((await form.textContent()) ?? '', /Tờ khai · theo nhãn · Trang 1/));
  await eventually(async () => assert.match((await screen.locator('[data-testid="reading"][data-source="rubbing"]').first().textContent()) ?? '', /nhận theo dạng số/));
  await page.waitForFunction(`[...document.querySelectorAll('[data-testid="field-crop"] img')].length === ${await crops.count()} && [...document.querySelectorAll('[data-testid="field-crop"] img')].every((i) => i.complete && i.naturalWidth > 0)`);
  const cropSizes = await crops.evaluateAll((els) =>
    els.map((el) => ({ width: el.getBoundingClientRect().width, scale: Number(el.getAttribute('data-scale')), natural: el.querySelector('img')!.naturalWidth })),
  );
  const pageWidth = Number(await screen.locator('.viewer-page img').getAttribute('width'));
  for (const crop of cropSizes) {
    assert.ok(crop.width >= 200, `a crop is wide enough to read: ${crop.width}px`);
    assert.ok(crop.scale > 1, `a crop is enlarged: ×${crop.scale}`);
    assert.ok(crop.natural >= pageWidth, `a crop comes from the scan's own pixels: ${crop.natural} of ${pageWidth}`);
  }

  // The page opens on the field: its box is inside the viewer, most of the viewer's width, and the label is the real scale.
  await page.waitForFunction("document.querySelector('[data-testid=\"page-viewer\"] img')?.complete === true");
  await eventually(async () => {
    const g = (await page.evaluate(GEOMETRY)) as Geometry;
    assert.ok(g.box, 'the field is outlined on the page shown');
    assert.ok(g.box.left >= g.frame.left - 1 && g.box.right <= g.frame.right + 1, 'the field is in view');
    assert.ok(g.box.top >= g.frame.top - 1 && g.box.bottom <= g.frame.bottom + 1, 'the field is in view');
    assert.ok(g.box.width >= g.frame.width * 0.5, `the field fills the viewer: ${g.box.width} of ${g.frame.width}px`);
    assert.equal(g.label, `${Math.round((g.imageWidth / g.pageWidth) * 100)}%`);
  });
  await ctx.shot('review-evidence-1366');

  // The link's reasons cross as codes and read in Vietnamese: no English of the engine's sentences.
  const link = (await screen.getByTestId('link-panel').textContent()) ?? '';
  assert.match(link, /Đã liên kết với HS\d+: /);
  assert.doesNotMatch(link, /\b(matches|differs|read as|position|Linked|record)\b/, link);

  // Fit shows the whole page, and the label follows what is really on screen.
  await page.locator('#main').focus();
  await page.keyboard.press('0');
  await eventually(async () => {
    const g = (await page.evaluate(GEOMETRY)) as Geometry;
    assert.ok(g.box!.width < g.frame.width * 0.5);
    assert.equal(g.label, `${Math.round((g.imageWidth / g.pageWidth) * 100)}%`);
  });
});

e2e('(n) a dossier linked to no record offers linking to a candidate, not "record is right"; sign-in names every role', async (ctx) => {
  await seedReviewStation(join(ctx.dir, 'station.db'), { dossiers: 24, seed: 7, cleanShare: 0 });
  const page = await ctx.open({ viewport: { width: 1366, height: 768 } });
  await page.getByTestId('signin-open').click();
  const lead = (await page.getByTestId('signin-dialog').textContent()) ?? '';
  for (const role of ['cán bộ số hóa', 'cán bộ đối soát', 'lãnh đạo đơn vị']) assert.ok(lead.includes(role), `the sign-in names the ${role}`);
  await page.keyboard.press('Escape');
  await signInAs(page, 'lan', 'officer-pass-1');
  await page.getByTestId('nav-review').click();
  const screen = page.getByTestId('screen-review');
  await screen.getByTestId('queue-kind').selectOption('unmatched');
  await eventually(async () => assert.equal(await screen.getByTestId('flag-detail').getAttribute('data-field'), 'record'));
  const buttons = await screen.locator('.decide-buttons button').allTextContents();
  assert.ok(!buttons.includes('Dữ liệu đúng') && !buttons.includes('Giấy đúng'), `no record/paper choice: ${buttons.join(', ')}`);
  assert.ok(buttons.includes('Nhập mã hồ sơ để liên kết'), buttons.join(', '));
  // No record and no paper value to set side by side for a link: no pair of "(không có)".
  assert.equal(await screen.getByTestId('diff-record').count(), 0);
  await ctx.shot('review-unmatched-1366');
});
