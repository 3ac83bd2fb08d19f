#!/usr/bin/env node
// npm run test:e2e — builds the renderer when needed, then runs tests/e2e/*.e2e.ts in Debian's Chromium
// through the test host (tests/e2e/runner.ts). Always ends with "N passed, N failed"; exits non-zero on failure.
// Arguments are e2e files to run instead of all; E2E_GREP=text runs only tests whose name contains text.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SUMMARY = /^\d+ passed, \d+ failed$/;

// Build first when out/renderer is missing or older than its sources (tests/host/ensure-renderer.ts).
const built = spawnSync(process.execPath, ['--import', 'tsx', 'tests/host/ensure-renderer.ts'], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) {
  console.log('  ✗ the renderer could not be built');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const child = spawn(process.execPath, ['--import', 'tsx', 'tests/e2e/runner.ts', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: process.env,
});

// Pass the runner's output through, remembering its last line to be sure the summary was printed.
let lastLine = '';
let pending = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  pending += chunk;
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) if (line.trim()) lastLine = line.trim();
});

child.on('close', (code, signal) => {
  if (pending.trim()) lastLine = pending.trim();
  if (!SUMMARY.test(lastLine)) {
    console.log(`  ✗ the e2e runner stopped early (${signal ?? `exit code ${code}`})`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  process.exit(code === 0 ? 0 : 1);
});
