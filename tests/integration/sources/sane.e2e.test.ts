// End to end against SANE's real `test` backend (Debian sane-utils): the same scanimage a station runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { availableSources, SaneSource, ScanStoppedError, type ScanOptions } from '../../../main/engine/sources';

const hasScanimage = !spawnSync('scanimage', ['--version'], { stdio: 'ignore' }).error;
const SKIP = 'scanimage is not installed (apt-get install sane-utils): the SANE end-to-end tests need it';

const temp = (): string => mkdtempSync(join(tmpdir(), 'sohoa-sane-'));
/** Debian ships the test backend disabled; a private config dir loads it alone (and skips slow network discovery). */
function saneEnv(): NodeJS.ProcessEnv {
  const dir = temp();
  writeFileSync(join(dir, 'dll.conf'), 'test\n');
  return { ...process.env, SANE_CONFIG_DIR: dir };
}
/** Pixels for `mm` at `dpi`, as the backend rounds them (within 2 px). */
const px = (mm: number, dpi: number): number => Math.round((mm / 25.4) * dpi);
const near = (actual: number | undefined, expected: number): boolean => actual !== undefined && Math.abs(actual - expected) <= 2;
const base: ScanOptions = { device: 'test:0', resolution: 150, mode: 'gray', adf: true, format: 'png' };

describe.skipIf(!hasScanimage)(`SANE source on the test device (skipped when ${SKIP})`, () => {
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    env = saneEnv();
  });

  it('lists the test device and counts SANE as available', async () => {
    const devices = await new SaneSource({ env }).listDevices();
    expect(devices.map((d) => d.id)).toContain('test:0');
    expect(devices.find((d) => d.id === 'test:0')?.name).toBe('frontend-tester (virtual device)');
    expect(await availableSources()).toContain('sane');
  });

  it('scans a 3-page ADF batch at 150 dpi grey, reporting each page as it arrives', async () => {
    const out = temp();
    const seen: [string, number][] = [];
    const source = new SaneSource({ env, deviceOptions: { 'test-picture': 'Grid' } });
    const pages = await source.scanBatch({ ...base, maxPages: 3 }, out, undefined, (p, i) => seen.push([p, i]));
    expect(pages.map((p) => basename(p))).toEqual(['page-0001.png', 'page-0002.png', 'page-0003.png']);
    expect(seen).toEqual(pages.map((p, i) => [p, i]));
    for (const page of pages) {
      const meta = await sharp(page).metadata();
      // The test device's default area is 80 × 100 mm: 472 × 590 px at 150 dpi, one grey channel.
      expect([meta.format, meta.channels, meta.density]).toEqual(['png', 1, 150]);
      expect(near(meta.width, px(80, 150)) && near(meta.height, px(100, 150))).toBe(true);
      expect(statSync(page).size).toBeGreaterThan(200);
    }
    expect(readdirSync(out).sort()).toEqual(['page-0001.png', 'page-0002.png', 'page-0003.png']);
  });

  it('takes every sheet in the feeder when no limit is set, and numbers a later batch after the earlier pages', async () => {
    const out = temp();
    const source = new SaneSource({ env });
    // The test backend's feeder runs dry after 10 sheets, as a real one does at the end of the stack.
    expect(await source.scanBatch(base, out)).toHaveLength(10);
    const more = await source.scanBatch({ ...base, maxPages: 2 }, out);
    expect(more.map((p) => basename(p))).toEqual(['page-0011.png', 'page-0012.png']);
  });

  it('scans in colour from the glass (one page), as JPEG and TIFF too', async () => {
    const source = new SaneSource({ env, deviceOptions: { 'test-picture': 'Color pattern' } });
    for (const format of ['png', 'jpeg', 'tiff'] as const) {
      const pages = await source.scanBatch({ ...base, mode: 'color', adf: false, format, resolution: 200 }, temp());
      expect(pages).toHaveLength(1);
      const meta = await sharp(pages[0]!).metadata();
      expect([meta.format, meta.channels]).toEqual([format, 3]);
      expect(near(meta.width, px(80, 200)) && near(meta.height, px(100, 200))).toBe(true);
    }
  });

  it('gives line art as 1-bit pages on a device without a line-art mode', async () => {
    const [page] = await new SaneSource({ env }).scanBatch({ ...base, mode: 'lineart', adf: false }, temp());
    const meta = await sharp(page!).metadata();
    expect(meta.channels).toBe(1);
    expect(near(meta.width, px(80, 150)) && near(meta.height, px(100, 150))).toBe(true);
  });

  it('refuses an illegal resolution or an unknown device with one sentence, scanning nothing', async () => {
    const out = temp();
    const source = new SaneSource({ env });
    await expect(source.scanBatch({ ...base, resolution: 100 }, out)).rejects.toThrow('The resolution must be a whole number of dpi from 150 to 600, not 100.');
    await expect(source.scanBatch({ ...base, resolution: 299.5 }, out)).rejects.toThrow(/^The resolution must be a whole number/);
    await expect(source.scanBatch({ ...base, device: 'test:9' }, out)).rejects.toThrow('The scanner test:9 is not connected; connected scanners: test:0, test:1.');
    expect(readdirSync(out)).toEqual([]);
  });

  it("reports a jammed feeder with scanimage's own words", async () => {
    const out = temp();
    const source = new SaneSource({ env, deviceOptions: { 'read-return-value': 'SANE_STATUS_JAMMED' } });
    const error = await source.scanBatch({ ...base, maxPages: 3 }, out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScanStoppedError);
    expect((error as ScanStoppedError).message).toBe('The scanner test:0 stopped: Document feeder jammed.');
    expect(readdirSync(out)).toEqual([]);
  });

  it('cancels mid-batch: stops the scanner and keeps the finished pages', async () => {
    const out = temp();
    // Slow the test device down to about a second a page so the cancel lands mid-batch.
    const source = new SaneSource({ env, deviceOptions: { 'read-delay': 'yes', 'read-delay-duration': '200000' } });
    const controller = new AbortController();
    const started = Date.now();
    const pages = await source.scanBatch({ ...base, maxPages: 10 }, out, controller.signal, (_p, i) => {
      if (i === 1) controller.abort();
    });
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThan(10);
    expect(Date.now() - started).toBeLessThan(9000);
    for (const page of pages) expect(existsSync(page)).toBe(true);
    // The page in progress is not left behind half-written.
    expect(readdirSync(out).sort()).toEqual(pages.map((p) => basename(p)).sort());
    for (const page of pages) expect(near((await sharp(page).metadata()).height, px(100, 150))).toBe(true);
  });
});
