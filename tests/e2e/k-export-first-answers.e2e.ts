import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Engine } from '../../main/engine/engine.types';
import { seedReviewStation } from '../fixtures/review-station';
import { e2e, eventually } from './harness';

/**
 * Holds the Export screen's first two answers and sends them together, the batch history a moment before the
 * ready list, as a busy machine delivers them: React then applies the list's choice after both have arrived,
 * not at once (the order e2e (r) met about once in ten runs under load).
 */
function answerTogether(exporter: Engine['export']): void {
  const calls = exporter as unknown as Record<'preview' | 'batches', (input: unknown) => unknown>;
  let release = (): void => undefined;
  const both = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  for (const name of ['batches', 'preview'] as const) {
    const answer = calls[name].bind(exporter);
    calls[name] = async (input) => {
      const value = answer(input);
      if (++asked === 2) release();
      await both;
      if (name === 'preview') await null;
      return value;
    };
  }
}

e2e('(k) the Export screen chooses every ready dossier when its first answers arrive together, as on a busy machine', async (ctx) => {
  const engine = ctx.host.engine;
  await seedReviewStation(join(ctx.dir, 'station.db'), { dossiers: 4, seed: 18, cleanShare: 1, drawn: 1 });
  const ready = engine.export.preview({ reexport: false }).dossiers.length;
  assert.ok(ready >= 3, `the fixture resolves its dossiers (${ready})`);
  await engine.auth.signIn({ name: 'hoa', password: 'lead-pass-123' });
  answerTogether(engine.export);

  const page = await ctx.open();
  await page.getByTestId('nav-export').click();
  const screen = page.getByTestId('screen-export');
  await eventually(async () => assert.match((await screen.getByTestId('export-selection').textContent()) ?? '', new RegExp(`^Đã chọn ${ready}/${ready} hồ sơ`)));
  assert.equal(await screen.getByTestId('export-start').isDisabled(), false);
  assert.equal(await screen.getByTestId('export-start').textContent(), `Xuất ${ready} hồ sơ…`);
});
