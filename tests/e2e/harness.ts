/**
 * A tiny e2e harness: tests register with `e2e(name, fn)`; runner.ts runs them one by one, each against a
 * fresh temporary station database, a fresh test host and a fresh browser context.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestHost } from '../host/server';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');

export interface AppOptions {
  viewport?: { width: number; height: number };
  /** 1.25 or 1.5 for Windows-style display scaling. */
  deviceScaleFactor?: number;
}

export interface TestContext {
  /** A temporary directory for this test's database and fixture files. */
  dir: string;
  host: TestHost;
  browser: Browser;
  /** Opens the app in a new browser context; the first call's page is also `ctx.page`. */
  open(options?: AppOptions): Promise<Page>;
  readonly page: Page;
  /** Saves tests/artifacts/<name>.png. */
  shot(name: string, page?: Page): Promise<void>;
}

export interface E2eTest {
  name: string;
  fn: (ctx: TestContext) => Promise<void>;
  timeoutMs: number;
  /** Open the station as the built-in demo station (seeded with generated records). */
  demo: boolean;
}

export const registry: E2eTest[] = [];

export function e2e(name: string, fn: (ctx: TestContext) => Promise<void>, options: { timeoutMs?: number; demo?: boolean } = {}): void {
  registry.push({ name, fn, timeoutMs: options.timeoutMs ?? 120_000, demo: options.demo ?? false });
}

/** Console errors, page errors and CSP violations seen in any page of the test. */
export function watchPage(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
}

export async function newAppPage(browser: Browser, url: string, options: AppOptions, problems: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: 'vi-VN',
  });
  const page = await context.newPage();
  watchPage(page, problems);
  await page.goto(url);
  await page.getByTestId('screen-records').waitFor();
  return { context, page };
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, `${name}.png`);
}

/** Retries an assertion until it passes or the time is up; the last failure is what gets reported. */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 10_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

/** The record number in the first rendered row of the records table. */
export async function firstRenderedRow(page: Page): Promise<number> {
  const text = (await page.getByTestId('record-row').first().locator('.c-seq').textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

/** Evaluates an expression on the records table's scroller element (`el`). */
export async function onTable<T>(page: Page, body: string): Promise<T> {
  return (await page.evaluate(`(() => { const el = document.querySelector('[data-testid="records-table"]'); ${body} })()`)) as T;
}

/** Formats a count the way the Vietnamese UI does (dots between thousands). */
export function viNumber(n: number): string {
  return new Intl.NumberFormat('vi-VN').format(n);
}

/** data-testid of the focused element (string expressions keep DOM types out of the Node type-check). */
export async function focusedTestId(page: Page): Promise<string | null> {
  return (await page.evaluate("document.activeElement && document.activeElement.getAttribute('data-testid')")) as string | null;
}

export async function documentLang(page: Page): Promise<string> {
  return (await page.evaluate('document.documentElement.lang')) as string;
}
