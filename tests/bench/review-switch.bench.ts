// `npm run bench:review:switch [-- --dossiers N --switches N]`: seeds N queued dossiers (default 10,000) without
// OCR, opens the Review screen in Chromium through the test host, and times the next-dossier switch: from the
// N keypress to the next dossier's id and values on screen (the frame after the DOM changed). Target ≤ 100 ms.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startTestHost } from '../host/server';
import { seedReviewStation } from '../fixtures/review-station';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number => Number(args[args.indexOf(`--${name}`) + 1] ?? 0) || fallback;
const DOSSIERS = arg('dossiers', 10_000);
const SWITCHES = arg('switches', 50);
/** Time the officer spends on a dossier before pressing N (a real one spends seconds: this is harsher). */
const DWELL_MS = 400;
const ROOT = join(__dirname, '..', '..');

// Runs in the page: presses N and resolves with the milliseconds until the next id and values are painted.
const SWITCH_IN_PAGE = `(() => new Promise((resolve) => {
  const idOf = () => document.querySelector('[data-testid="review-dossier-id"]')?.textContent ?? '';
  const before = idOf();
  const t0 = performance.now();
  const done = () => {
    const values = document.querySelector('[data-testid="review-values"]')?.textContent ?? '';
    if (idOf() === before || !values) return false;
    observer.disconnect();
    requestAnimationFrame(() => resolve({ ms: performance.now() - t0, id: idOf(), image: !!document.querySelector('[data-testid="page-viewer"] img') }));
    return true;
  };
  const observer = new MutationObserver(() => void done());
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }));
  done();
}))()`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'tests/host/ensure-renderer.ts'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('The renderer could not be built.');
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-bench-review-'));
  const dbPath = join(dir, 'station.db');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const seeded = await seedReviewStation(dbPath, { dossiers: DOSSIERS, seed: 11, cleanShare: 0 });
    console.log(`seeded ${DOSSIERS.toLocaleString('en-US')} queued dossiers without OCR in ${(seeded.ms / 1000).toFixed(1)} s`);
    const host = await startTestHost({ dbPath, log: () => undefined });
    try {
      await host.engine.auth.signIn({ name: 'lan', password: 'officer-pass-1' });
      const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
      await page.goto(host.url);
      await page.getByTestId('nav-review').click();
      await page.getByTestId('review-dossier-id').waitFor();
      const total = (await page.getByTestId('queue-status-open').textContent()) ?? '';
      console.log(`review queue: ${total.replace(/\D/g, '')} open dossiers`);
      const times: number[] = [];
      const ids = new Set<string>();
      let withImage = 0;
      for (let i = 0; i < SWITCHES; i++) {
        await page.waitForTimeout(DWELL_MS);
        const result = (await page.evaluate(SWITCH_IN_PAGE)) as { ms: number; id: string; image: boolean };
        times.push(result.ms);
        ids.add(result.id);
        if (result.image) withImage++;
      }
      if (ids.size !== SWITCHES) throw new Error(`Expected ${SWITCHES} different dossiers, saw ${ids.size}.`);
      const sorted = [...times].sort((a, b) => a - b);
      const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;
      console.log(`next-dossier switch over ${SWITCHES} switches: p50 ${fmt(percentile(sorted, 50))}, p95 ${fmt(percentile(sorted, 95))}, max ${fmt(sorted[sorted.length - 1]!)} (target ≤ 100 ms)`);
      console.log(`page image already shown at the switch: ${withImage}/${SWITCHES}`);
    } finally {
      await host.close();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
