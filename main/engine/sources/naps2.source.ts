import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors';
import { asClause, extensionOf, runTool, ScanStoppedError, validateScanOptions } from './source-common';
import type { ScanDevice, ScanFormat, ScanOptions, ScanSource } from './source.types';
import { say } from '../domain/messages/catalogue';
import { renderMessage } from '../domain/messages/render';

export type Naps2Driver = 'wia' | 'twain' | 'escl';
const DRIVERS: readonly Naps2Driver[] = ['wia', 'twain', 'escl'];

const NOT_INSTALLED = say('naps2.not_installed', { exe: 'NAPS2.Console.exe', variable: 'SOHOA_NAPS2' });
/** The refusal when NAPS2 is missing, in English (as the command line says it). */
export const NAPS2_NOT_INSTALLED = renderMessage(NOT_INSTALLED, 'en');

export interface Naps2SourceOptions {
  /** Path of NAPS2.Console.exe; else `SOHOA_NAPS2`; else the default install folders. */
  exe?: string;
  /** Drivers to list devices from (default WIA then TWAIN). */
  drivers?: Naps2Driver[];
  /** NAPS2 profiles (made in its GUI: device, page size, brightness…) offered as devices `profile:NAME`. */
  profiles?: string[];
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Where NAPS2.Console.exe is, or null: the option, then `SOHOA_NAPS2`, then the installer's default folders. */
export function locateNaps2(exe: string | undefined, env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | null {
  if (exe) return exists(exe) ? exe : null;
  if (env.SOHOA_NAPS2) return exists(env.SOHOA_NAPS2) ? env.SOHOA_NAPS2 : null;
  const roots = [env.ProgramFiles ?? 'C:\\Program Files', env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)'];
  return roots.map((root) => `${root}\\NAPS2\\NAPS2.Console.exe`).find((p) => exists(p)) ?? null;
}

/** Device ids: `profile:NAME` scans with a NAPS2 profile; `wia:NAME` / `twain:NAME` / `escl:NAME` name a device. */
export function parseNaps2DeviceId(id: string): { profile: string } | { driver: Naps2Driver; name: string } {
  const m = /^([a-z]+):(.+)$/s.exec(id);
  const name = m?.[2]?.trim() ?? '';
  if (m && m[1] === 'profile' && name) return { profile: name };
  if (m && (DRIVERS as readonly string[]).includes(m[1]!) && name) return { driver: m[1] as Naps2Driver, name };
  throw new UserError(say('scanner.not_naps2', { device: id }));
}

export function naps2ListArgs(driver: Naps2Driver): string[] {
  return ['--listdevices', '--driver', driver];
}

/**
 * `--listdevices` prints one device name a line; a driver problem is printed on the same stream as a sentence
 * (NAPS2 exits 0 either way), so lines ending with a full stop are messages, not devices.
 */
export function parseNaps2DeviceList(text: string, driver: Naps2Driver): { devices: ScanDevice[]; messages: string[] } {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const messages = lines.filter((l) => /[.!]$/.test(l));
  const devices = lines.filter((l) => !/[.!]$/.test(l)).map((name) => ({ id: `${driver}:${name}`, name: `${name} (${driver.toUpperCase()})` }));
  return { devices, messages };
}

/**
 * NAPS2 writes `$(nnnn)` as the next number whose file does not exist yet, so a batch never overwrites earlier
 * pages; `--split` makes TIFF one file per page too (PNG and JPEG are one file per page anyway). NAPS2 also
 * expands `%VAR%` in the path, hence the refusal of such folder names in `naps2ScanArgs`.
 */
export function naps2ScanArgs(options: ScanOptions, outDir: string, format: ScanFormat): string[] {
  if (/%|\$\(/.test(outDir)) throw new UserError(say('scanner.naps2_folder', { dir: outDir }));
  const target = parseNaps2DeviceId(options.device);
  const who = 'profile' in target ? ['--profile', target.profile] : ['--noprofile', '--driver', target.driver, '--device', target.name];
  return [
    ...who,
    '--source',
    options.adf ? 'feeder' : 'glass',
    '--dpi',
    String(options.resolution),
    '--bitdepth',
    options.mode === 'lineart' ? 'bw' : options.mode,
    '--output',
    join(outDir, `page-$(nnnn).${extensionOf(format)}`),
    '--split',
  ];
}

const PAGE_FILE = /^page-(\d+)\.(png|jpg|tif)$/;

/** The page files in `names` that were not there before, in page order. */
export function newPageFiles(before: Set<string>, names: string[]): string[] {
  return names
    .filter((n) => PAGE_FILE.test(n) && !before.has(n))
    .sort((a, b) => Number(PAGE_FILE.exec(a)![1]) - Number(PAGE_FILE.exec(b)![1]));
}

/** NAPS2's own explanation, from whatever it printed (it prints nothing when a scan succeeds). */
export function naps2Message(output: string): string {
  const lines = output.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 ? asClause(lines[lines.length - 1]!) : '';
}

/**
 * NAPS2's console (NAPS2.Console.exe) for Windows stations, through WIA, TWAIN or eSCL. NAPS2 saves the pages
 * only once the whole batch is scanned, so `onPage` fires at the end, and a cancelled batch keeps no pages.
 */
export class Naps2Source implements ScanSource {
  readonly kind = 'naps2' as const;
  private known: ScanDevice[] | null = null;

  constructor(private readonly options: Naps2SourceOptions = {}) {}

  private exe(): string {
    const exe = locateNaps2(this.options.exe, this.options.env ?? process.env);
    if (!exe) throw new UserError(NOT_INSTALLED, 'not_installed');
    return exe;
  }

  async listDevices(): Promise<ScanDevice[]> {
    const exe = this.exe();
    const devices: ScanDevice[] = (this.options.profiles ?? []).map((p) => {
      const label = say('scanner.naps2_profile', { profile: p });
      return { id: `profile:${p}`, name: renderMessage(label, 'en'), label };
    });
    for (const driver of this.options.drivers ?? ['wia', 'twain']) {
      const result = await runTool(exe, naps2ListArgs(driver), {
        env: this.options.env,
        timeoutMs: this.options.timeoutMs ?? 60_000,
        notInstalled: NOT_INSTALLED,
        what: 'NAPS2',
      });
      // A driver that is not available on this PC (no TWAIN data source) lists nothing; the others still count.
      if (result.code === 0) devices.push(...parseNaps2DeviceList(result.stdout, driver).devices);
    }
    this.known = devices;
    return devices;
  }

  async scanBatch(options: ScanOptions, outDir: string, signal?: AbortSignal, onPage?: (path: string, index: number) => void): Promise<string[]> {
    const format = validateScanOptions(options, outDir);
    const args = naps2ScanArgs(options, outDir, format);
    const exe = this.exe();
    if (!this.known?.some((d) => d.id === options.device) && !(await this.listDevices()).some((d) => d.id === options.device)) {
      throw new UserError(say('scanner.not_connected_choose', { device: options.device }), 'scanner');
    }
    if (signal?.aborted) return [];
    await mkdir(outDir, { recursive: true });
    const before = new Set(await readdir(outDir));
    const { code, output, cancelled } = await this.run(exe, args, signal);
    const pages = newPageFiles(before, await readdir(outDir)).map((n) => join(outDir, n));
    pages.forEach((p, i) => onPage?.(p, i));
    if (cancelled) return pages;
    if (code !== 0 || pages.length === 0) {
      const why = naps2Message(output) || (code !== 0 ? say('tool.exited', { tool: 'NAPS2', code: String(code) }) : say('scanner.no_page'));
      throw new ScanStoppedError(say('scanner.stopped', { device: options.device, after: '', reason: why }), pages);
    }
    return pages;
  }

  private run(exe: string, args: string[], signal?: AbortSignal): Promise<{ code: number | null; output: string; cancelled: boolean }> {
    return new Promise((resolve, reject) => {
      const child = spawn(exe, args, { env: this.options.env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
      let output = '';
      let cancelled = false;
      const onAbort = (): void => {
        cancelled = true;
        child.kill();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
      child.on('error', (error: NodeJS.ErrnoException) => {
        signal?.removeEventListener('abort', onAbort);
        reject(error.code === 'ENOENT' ? new UserError(NOT_INSTALLED, 'not_installed') : new UserError(say('tool.not_started', { what: 'NAPS2', reason: asClause(error.message) }), 'scanner'));
      });
      child.on('close', (code) => {
        signal?.removeEventListener('abort', onAbort);
        resolve({ code, output, cancelled });
      });
    });
  }
}
