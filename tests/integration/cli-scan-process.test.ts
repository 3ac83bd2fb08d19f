// `sohoa scan …` on Linux runs its work in a process of its own with two malloc arenas (bin/two-malloc-arenas.js):
// what a station sees must not change. A Ctrl+C still ends the watch cleanly, and a command killed outright
// leaves no process behind that goes on scanning into the station.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { until } from '../fixtures/polling';

const BIN = join(__dirname, '..', '..', 'bin', 'sohoa.js');
const linuxWithSetpriv = process.platform === 'linux' && existsSync('/usr/bin/setpriv');

/** The pid of the process the command runs its work in (its only child). */
const childOf = (pid: number): number | null => {
  const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return text ? Number(text.split(/\s+/)[0]) : null;
};

/** Running (a process that ended but was not reaped yet counts as ended). */
const running = (pid: number): boolean => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/** Starts `sohoa scan watch` on a new station and waits until it says it is watching. */
async function startWatch(): Promise<{ cli: ChildProcess; worker: number; db: string; exited: Promise<{ code: number | null; signal: string | null }> }> {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-scan-process-'));
  const db = join(dir, 'station.db');
  const { MALLOC_ARENA_MAX: _unset, ...env } = process.env;
  const cli = spawn(process.execPath, [BIN, 'scan', 'watch', dir, '--db', db], { stdio: ['ignore', 'pipe', 'pipe'], env });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => cli.on('exit', (code, signal) => resolve({ code, signal })));
  let said = '';
  cli.stderr!.on('data', (chunk: Buffer) => (said += chunk.toString()));
  await until(() => said.includes('Watching'), 60_000);
  const worker = childOf(cli.pid!);
  expect(worker).not.toBeNull();
  return { cli, worker: worker!, db, exited };
}

describe.runIf(linuxWithSetpriv)('sohoa scan: the process that reads pages', () => {
  it('reads with two malloc arenas, and a Ctrl+C stops the watch and ends the command as before', async () => {
    const { cli, worker, exited } = await startWatch();
    expect(readFileSync(`/proc/${worker}/environ`, 'utf8').split('\0')).toContain('MALLOC_ARENA_MAX=2');
    cli.kill('SIGINT');
    // The watch stops as `sohoa scan watch` says it does: exit code 0, nothing left running.
    expect(await exited).toEqual({ code: 0, signal: null });
    await until(() => !running(worker), 10_000);
  }, 90_000);

  it('a command killed outright leaves nothing running, and the station opens at once', async () => {
    const { cli, worker, db, exited } = await startWatch();
    cli.kill('SIGKILL');
    await exited;
    await until(() => !running(worker), 10_000);
    const list = spawnSync(process.execPath, [BIN, 'dossiers', 'list', '--db', db, '--json'], { encoding: 'utf8' });
    expect(list.status).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([]);
  }, 90_000);
});
