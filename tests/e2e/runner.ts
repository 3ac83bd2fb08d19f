/**
 * Runs the e2e tests (tests/e2e/*.e2e.ts, or the files named on the command line) in Debian's Chromium and
 * ends with the line "N passed, N failed". Exit code 1 when anything failed.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../host/server';
import { ARTIFACTS, ROOT, artifactPath, newAppPage, registry, type AppOptions, type E2eTest, type TestContext } from './harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function runOne(test: E2eTest, browser: Browser): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-e2e-'));
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];
  let host: TestHost | null = null;
  let first: Page | null = null;
  try {
    const started = await startTestHost({
      dbPath: join(dir, 'station.db'),
      demo: test.demo,
      station: test.demo ? undefined : 'Công an phường Thử Nghiệm',
      log: () => undefined,
    });
    host = started;
    const ctx: TestContext = {
      dir,
      host: started,
      browser,
      async open(options: AppOptions = {}) {
        const { context, page } = await newAppPage(browser, started.url, options, problems);
        contexts.push(context);
        first ??= page;
        return page;
      },
      get page(): Page {
        if (!first) throw new Error('Call ctx.open() first.');
        return first;
      },
      async shot(name, page) {
        await (page ?? ctx.page).screenshot({ path: artifactPath(name) });
      },
    };
    await withTimeout(test.fn(ctx), test.timeoutMs, test.name);
    if (problems.length) throw new Error(`The page reported problems:\n  ${problems.join('\n  ')}`);
    if (started.contractViolations.length) {
      throw new Error(`The engine broke the contract:\n  ${started.contractViolations.join('\n  ')}`);
    }
  } catch (error) {
    const page = first as Page | null;
    if (page) await page.screenshot({ path: artifactPath(`FAILED-${slug(test.name)}`) }).catch(() => undefined);
    throw error;
  } finally {
    for (const context of contexts) await context.close().catch(() => undefined);
    if (host) await host.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`"${name}" took longer than ${ms / 1000} s.`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

async function main(): Promise<number> {
  const dir = join(ROOT, 'tests', 'e2e');
  const named = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const files = named.length ? named.map((f) => resolve(f)) : readdirSync(dir).filter((f) => f.endsWith('.e2e.ts')).sort().map((f) => join(dir, f));
  for (const file of files) await import(pathToFileURL(file).href);

  // Screenshots of earlier failures would only mislead.
  if (existsSync(ARTIFACTS)) for (const f of readdirSync(ARTIFACTS)) if (f.startsWith('FAILED-')) rmSync(join(ARTIFACTS, f));

  const grep = process.env.E2E_GREP;
  const tests = grep ? registry.filter((t) => t.name.includes(grep)) : registry;
  let passed = 0;
  let failed = 0;
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    for (const test of tests) {
      const started = Date.now();
      try {
        await runOne(test, browser);
        passed++;
        console.log(`  ✓ ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failed++;
        console.log(`  ✗ ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        console.log(indent(error instanceof Error ? (error.stack ?? error.message) : String(error)));
      }
    }
  } catch (error) {
    failed += Math.max(1, tests.length - passed - failed);
    console.log(`  ✗ could not run the e2e tests: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await browser?.close().catch(() => undefined);
  }
  if (tests.length === 0) console.log('  ✗ no e2e tests were found');
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || tests.length === 0 ? 1 : 0;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.log(`  ✗ e2e runner crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
