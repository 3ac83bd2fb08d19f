import { spawn } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors';
import { parseSaneDeviceList, parseSaneOptions, SANE_LIST_FORMAT, saneModeAndSourceArgs, saneResolutionArgs } from './sane-options';
import { asClause, extensionOf, runTool, ScanStoppedError, validateScanOptions } from './source-common';
import type { ScanDevice, ScanOptions, ScanSource } from './source.types';
import { say } from '../domain/messages/catalogue';
import type { EngineMessage, MessageParam } from '../domain/messages/message';
import { renderMessage } from '../domain/messages/render';

const NOT_INSTALLED = say('sane.not_installed', { tool: 'scanimage', command: 'apt-get install sane-utils' });
/** The refusal when scanimage is missing, in English (as the command line says it). */
export const SANE_NOT_INSTALLED = renderMessage(NOT_INSTALLED, 'en');

export interface SaneSourceOptions {
  /** The scanimage executable (default: `scanimage` on PATH). */
  command?: string;
  /** Environment for scanimage, e.g. `SANE_CONFIG_DIR` to choose which backends load. */
  env?: NodeJS.ProcessEnv;
  /** Extra backend options by name (`{ 'read-delay': 'yes' }`), passed only if the device lists them. */
  deviceOptions?: Record<string, string>;
  /** Longest wait for device discovery or option listing (network backends can be slow). */
  timeoutMs?: number;
}

/** Page files scanimage writes for us: `page-0001.png`, and `page-0001.png.part` while a page is in progress. */
const PAGE_FILE = /^page-(\d{4,})\.(png|jpg|tif)(\.part)?$/;

/** Drives SANE's `scanimage`: device discovery, per-device option mapping, ADF batches with live page reports. */
export class SaneSource implements ScanSource {
  readonly kind = 'sane' as const;
  private readonly command: string;
  private readonly timeoutMs: number;
  private known: ScanDevice[] | null = null;

  constructor(private readonly options: SaneSourceOptions = {}) {
    this.command = options.command ?? 'scanimage';
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  async listDevices(): Promise<ScanDevice[]> {
    const result = await this.run(['--formatted-device-list', SANE_LIST_FORMAT], say('sane.looking'));
    if (result.code !== 0) throw new UserError(say('sane.list_failed', { reason: this.lastMessage(result.stderr) || exited(result.code) }), 'scanner');
    this.known = parseSaneDeviceList(result.stdout);
    return this.known;
  }

  async scanBatch(options: ScanOptions, outDir: string, signal?: AbortSignal, onPage?: (path: string, index: number) => void): Promise<string[]> {
    const format = validateScanOptions(options, outDir);
    await this.checkDevice(options.device);
    const args = await this.planArgs(options);
    if (signal?.aborted) return [];
    await mkdir(outDir, { recursive: true });
    const ext = extensionOf(format);
    const start = (await this.highestPage(outDir)) + 1;
    // scanimage formats the batch name with printf: a `%` in the folder name must reach it doubled.
    const pattern = join(outDir.replace(/%/g, '%%'), `page-%04d.${ext}`);
    const batch = [`--batch=${pattern}`, '--batch-print', `--batch-start=${start}`, `--format=${format}`];
    const count = options.adf ? options.maxPages : 1;
    if (count !== undefined) batch.push(`--batch-count=${count}`);
    return this.runBatch([`--device-name=${options.device}`, ...args, ...batch], options, outDir, signal, onPage);
  }

  /** The arguments that set mode, source, resolution, depth and extra options, checked against the device. */
  private async planArgs(options: ScanOptions): Promise<string[]> {
    const { device } = options;
    const first = await this.describe(device, []);
    const modeArgs = saneModeAndSourceArgs(device, first, options.mode, options.adf);
    const extra: string[] = [];
    for (const [name, value] of Object.entries(this.options.deviceOptions ?? {})) {
      if (!first.has(`--${name}`)) throw new UserError(say('scanner.no_option', { device, name }));
      extra.push(`--${name}=${value}`);
    }
    // Allowed resolutions can depend on mode and source (a feeder is often limited to 600 dpi): ask again.
    const second = modeArgs.length + extra.length > 0 ? await this.describe(device, [...modeArgs, ...extra]) : first;
    return [...modeArgs, ...extra, ...saneResolutionArgs(device, second, options.resolution, options.mode, modeArgs.includes('--depth=1'))];
  }

  private async describe(device: string, preset: string[]): Promise<ReturnType<typeof parseSaneOptions>> {
    const result = await this.run([`--device-name=${device}`, ...preset, '--all-options'], say('scanner.named', { device }));
    if (result.code !== 0) throw new UserError(say('scanner.no_answer', { device, reason: this.lastMessage(result.stderr) || exited(result.code) }), 'scanner');
    return parseSaneOptions(result.stdout);
  }

  private async checkDevice(device: string): Promise<void> {
    if (this.known?.some((d) => d.id === device)) return;
    const devices = await this.listDevices();
    if (devices.some((d) => d.id === device)) return;
    const names = devices.map((d) => d.id).join(', ');
    throw new UserError(say('scanner.not_connected', { device, others: names ? say('scanner.connected_list', { names }) : say('scanner.none_connected') }), 'scanner');
  }

  private run(args: string[], what: MessageParam): ReturnType<typeof runTool> {
    return runTool(this.command, args, { env: this.options.env, timeoutMs: this.timeoutMs, notInstalled: NOT_INSTALLED, what });
  }

  /**
   * scanimage prefixes its errors with `scanimage: `. The device's status (`sane_read: Document feeder jammed`)
   * says why it stopped; signal notices can follow it (a backend's reader process inherits scanimage's handlers).
   */
  private lastMessage(stderr: string): string {
    const lines = stderr.split('\n').filter((l) => l.startsWith('scanimage: ') && !/rounded value|received signal|trying to stop|aborting/.test(l));
    const status = lines.filter((l) => /^scanimage: (sane_\w+: |open of device )/.test(l));
    const last = status[status.length - 1] ?? lines[lines.length - 1];
    return last ? asClause(last.replace(/^scanimage: (sane_\w+: |open of device \S+ failed: )?/, '')) : '';
  }

  private async highestPage(outDir: string): Promise<number> {
    const names = await readdir(outDir);
    return names.reduce((n, name) => {
      const m = PAGE_FILE.exec(name);
      return m && !m[3] ? Math.max(n, Number(m[1])) : n;
    }, 0);
  }

  private runBatch(args: string[], options: ScanOptions, outDir: string, signal: AbortSignal | undefined, onPage?: (path: string, index: number) => void): Promise<string[]> {
    const device = options.device;
    return new Promise((resolve, reject) => {
      const child = spawn(this.command, args, { env: this.options.env, stdio: ['ignore', 'pipe', 'pipe'] });
      const pages: string[] = [];
      let stderr = '';
      let pending = '';
      let cancelled = false;
      let failure: unknown;
      let killTimer: NodeJS.Timeout | undefined;
      const onAbort = (): void => {
        cancelled = true;
        child.kill('SIGTERM');
        // A backend stuck in a USB read can ignore SIGTERM: make sure the scanner is released.
        killTimer = setTimeout(() => child.kill('SIGKILL'), 5000);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          const path = line.trim();
          if (!path) continue;
          pages.push(path);
          try {
            onPage?.(path, pages.length - 1);
          } catch (error) {
            // A failing listener must not leave the scanner feeding paper nobody records.
            failure ??= error;
            child.kill('SIGTERM');
          }
        }
      });
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', (error: NodeJS.ErrnoException) => {
        signal?.removeEventListener('abort', onAbort);
        reject(error.code === 'ENOENT' ? new UserError(NOT_INSTALLED, 'not_installed') : new UserError(say('tool.not_started', { what: 'scanimage', reason: asClause(error.message) }), 'scanner'));
      });
      child.on('close', (code) => {
        signal?.removeEventListener('abort', onAbort);
        clearTimeout(killTimer);
        void this.removePartials(outDir).then(() => {
          const message = this.lastMessage(stderr);
          // Exit code 7 is SANE_STATUS_NO_DOCS: the feeder ran dry, which ends every ADF batch normally.
          if (failure !== undefined) reject(failure);
          else if (cancelled || code === 0 || (code === 7 && pages.length > 0)) resolve(pages);
          else if (code === 7) reject(new ScanStoppedError(say('scanner.feeder_empty', { device, reason: message || say('scanner.no_paper') }), pages));
          else {
            const after = pages.length === 0 ? '' : pages.length === 1 ? say('scanner.after_one_page') : say('scanner.after_pages', { count: pages.length });
            reject(new ScanStoppedError(say('scanner.stopped', { device, after, reason: message || exited(code) }), pages));
          }
        }, reject);
      });
    });
  }

  /** A page interrupted by a cancel or an error is left as `page-NNNN.ext.part`: never hand it on. */
  private async removePartials(outDir: string): Promise<void> {
    const names = await readdir(outDir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => PAGE_FILE.exec(n)?.[3]).map((n) => rm(join(outDir, n), { force: true })));
  }
}

/** scanimage's exit code, when it said nothing itself. */
function exited(code: number | null): EngineMessage {
  return say('tool.exited', { tool: 'scanimage', code: String(code) });
}
