import { spawn } from 'node:child_process';
import { UserError } from '../errors';
import { locateNaps2, Naps2Source, type Naps2SourceOptions } from './naps2.source';
import { SaneSource, type SaneSourceOptions } from './sane.source';
import type { ScanSource, ScanSourceKind } from './source.types';
import { say } from '../domain/messages/catalogue';

export type { ScanDevice, ScanFormat, ScanMode, ScanOptions, ScanSource, ScanSourceKind } from './source.types';
export { asClause, ScanStoppedError } from './source-common';
export { SaneSource, SANE_NOT_INSTALLED, type SaneSourceOptions } from './sane.source';
export { Naps2Source, NAPS2_NOT_INSTALLED, type Naps2SourceOptions } from './naps2.source';

export interface SourceOptions {
  sane?: SaneSourceOptions;
  naps2?: Naps2SourceOptions;
}

/** The scan source of that kind. */
export function createScanSource(kind: ScanSourceKind, options: SourceOptions = {}): ScanSource {
  if (kind === 'sane') return new SaneSource(options.sane);
  if (kind === 'naps2') return new Naps2Source(options.naps2);
  throw new UserError(say('scanner.unknown_source', { kind: String(kind) }));
}

/** Whether `command` runs at all (it is on PATH and executable). */
function runs(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: 'ignore', timeout: 10_000, windowsHide: true });
    child.on('error', () => resolve(false));
    child.on('close', () => resolve(true));
  });
}

/** The sources this machine can use: sane when scanimage is on PATH; naps2 on Windows when its console exists. */
export async function availableSources(options: SourceOptions = {}, platform: NodeJS.Platform = process.platform): Promise<ScanSourceKind[]> {
  const kinds: ScanSourceKind[] = [];
  if (await runs(options.sane?.command ?? 'scanimage', ['--version'], options.sane?.env)) kinds.push('sane');
  if (platform === 'win32' && locateNaps2(options.naps2?.exe, options.naps2?.env ?? process.env)) kinds.push('naps2');
  return kinds;
}
