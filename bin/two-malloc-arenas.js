'use strict';
/**
 * Memory held by scanning on Linux. glibc's malloc gives each thread that allocates under contention an arena of
 * its own (the OCR workers, libvips, the second reader), and pages read leave fragments in every one:
 * `bench:ocr -- --count 2` peaked at 926 MB with glibc's default and at 765 MB with two arenas, and `bench:soak`
 * after 200 pages at 1,124 MB against 669 MB, at the same speed. glibc reads MALLOC_ARENA_MAX only when a process
 * starts, so a process about to scan runs itself again with it set, as the desktop app starts its engine
 * (main/app/engine-process.ts). Windows and macOS do not read the variable; a process that has it set already,
 * or a Linux without util-linux's `setpriv`, does its own work.
 *
 * The process run again does the work; this one only waits for it and ends with its exit code or signal:
 * - it is started through `setpriv --pdeathsig SIGKILL`: if this process is killed outright, the kernel kills it
 *   too, at once, so a kill stops the work as it would have without the relaunch;
 * - it has a process group of its own, so a Ctrl+C or a termination reaches it once, passed on by this one.
 */
const { spawn } = require('node:child_process');
const { existsSync } = require('node:fs');

const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));

/** Runs this very command again with MALLOC_ARENA_MAX=2 and resolves with its exit code; null: do the work here. */
function relaunchWithTwoArenas() {
  if (process.platform !== 'linux' || process.env.MALLOC_ARENA_MAX || !SETPRIV) return null;
  const child = spawn(SETPRIV, ['--pdeathsig', 'SIGKILL', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, MALLOC_ARENA_MAX: '2' },
    detached: true,
  });
  const handlers = ['SIGINT', 'SIGTERM', 'SIGHUP'].map((signal) => {
    const pass = () => child.kill(signal);
    process.on(signal, pass);
    return [signal, pass];
  });
  return new Promise((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`Could not start the scan process: ${error.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      for (const [name, pass] of handlers) process.off(name, pass);
      // Ended by a signal: end the same way, so the caller sees what it would have seen.
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}

module.exports = { relaunchWithTwoArenas };
