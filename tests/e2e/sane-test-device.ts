/**
 * SANE's test scanner for e2e specs. Debian ships its test backend disabled: a private config dir loads it alone.
 * The test host's engine runs in the spec's process and scanimage inherits its environment, so the dir is set on
 * this process for the body and put back after.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const hasScanimage = !spawnSync('scanimage', ['--version'], { stdio: 'ignore' }).error;

export async function withSaneTestDevice<T>(dir: string, body: () => Promise<T>): Promise<T> {
  const saneDir = join(dir, 'sane');
  mkdirSync(saneDir);
  writeFileSync(join(saneDir, 'dll.conf'), 'test\n');
  const before = process.env.SANE_CONFIG_DIR;
  process.env.SANE_CONFIG_DIR = saneDir;
  try {
    return await body();
  } finally {
    if (before === undefined) delete process.env.SANE_CONFIG_DIR;
    else process.env.SANE_CONFIG_DIR = before;
  }
}
