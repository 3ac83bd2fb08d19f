import { spawn } from 'node:child_process';
import { UserError } from '../errors';
import type { ScanFormat, ScanOptions } from './source.types';
import { say } from '../domain/messages/catalogue';
import type { EngineMessage, MessageParam } from '../domain/messages/message';

export const MIN_DPI = 150;
export const MAX_DPI = 600;

/** A scanner that stopped with an error; the pages it finished before stopping are kept and listed. */
export class ScanStoppedError extends UserError {
  constructor(
    message: EngineMessage,
    readonly pages: string[],
  ) {
    super(message, 'scanner');
    this.name = 'ScanStoppedError';
  }
}

/** File extension a source writes for each format. */
export function extensionOf(format: ScanFormat): string {
  return format === 'jpeg' ? 'jpg' : format === 'tiff' ? 'tif' : 'png';
}

/** Newlines and other control characters never belong in a device id or a folder name. */
function hasControl(text: string): boolean {
  return [...text].some((c) => c.charCodeAt(0) < 0x20);
}

/** Checks what a caller (UI, CLI) sends before anything is spawned; returns the format to use. */
export function validateScanOptions(options: ScanOptions, outDir: string): ScanFormat {
  const { device, resolution, mode, format = 'png', maxPages } = options;
  if (typeof device !== 'string' || device.trim() === '' || hasControl(device)) {
    throw new UserError(say('scanner.choose'));
  }
  if (!Number.isInteger(resolution) || resolution < MIN_DPI || resolution > MAX_DPI) {
    throw new UserError(say('scanner.bad_resolution', { min: MIN_DPI, max: MAX_DPI, value: String(resolution) }));
  }
  if (!['color', 'gray', 'lineart'].includes(mode)) throw new UserError(say('scanner.bad_mode', { mode: String(mode) }));
  if (!['png', 'jpeg', 'tiff'].includes(format)) throw new UserError(say('scanner.bad_format', { format: String(format) }));
  if (maxPages !== undefined && (!Number.isInteger(maxPages) || maxPages < 1)) {
    throw new UserError(say('scanner.bad_page_limit', { value: String(maxPages) }));
  }
  if (typeof outDir !== 'string' || outDir.trim() === '' || hasControl(outDir)) {
    throw new UserError(say('scanner.choose_folder'));
  }
  return format;
}

export interface ToolResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a tool with an argv array (never a shell) and collects its output. A missing executable becomes the
 * sentence `notInstalled`; a tool that hangs (a network scanner that never answers) is killed after `timeoutMs`.
 */
export function runTool(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs: number; notInstalled: EngineMessage; what: MessageParam },
): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error.code === 'ENOENT' ? new UserError(options.notInstalled, 'not_installed') : new UserError(say('tool.not_started', { what: options.what, reason: asClause(error.message) }), 'scanner'));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) reject(new UserError(say('tool.no_answer_within', { what: options.what, seconds: Math.round(options.timeoutMs / 1000) }), 'scanner'));
      else resolve({ code, stdout, stderr });
    });
  });
}

/** Makes a tool's own message fit at the end of one of our sentences. */
export function asClause(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[.\s]+$/, '');
}
