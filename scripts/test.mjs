#!/usr/bin/env node
// `npm test`: type-check, lint, the import-circle check, build, then every vitest test (unit + integration) and every end-to-end test.
// Runs each step even after a failure so one run shows everything, and closes with one line counting all
// tests: "Total: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });

let passed = 0;
let failed = 0;
const step = (label, result) => {
  if (result.status === 0) return true;
  console.log(`✗ ${label} failed`);
  failed += 1;
  return false;
};

step('type-check (main, preload, tests)', run(bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']));
step('type-check (renderer)', run(bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']));
step('lint', run(bin('eslint'), ['.']));
step('import circles', run(process.execPath, [join(ROOT, 'scripts', 'check-import-cycles.mjs')]));
const built = step('build', run(bin('electron-vite'), ['build']));

const report = join(mkdtempSync(join(tmpdir(), 'sohoa-vitest-')), 'report.json');
const vitest = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests + (json.numRuntimeErrors ?? 0);
  if (vitest.status !== 0 && json.numFailedTests === 0) failed += 1;
} catch {
  console.log('✗ vitest did not report its results');
  failed += 1;
}

if (built) {
  const e2e = run(process.execPath, [join(ROOT, 'scripts', 'e2e.mjs')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(e2e.stdout ?? '');
  const summary = /^(\d+) passed, (\d+) failed$/m.exec((e2e.stdout ?? '').trim().split('\n').at(-1) ?? '');
  if (summary) {
    passed += Number(summary[1]);
    failed += Number(summary[2]);
  } else failed += 1;
}

console.log(`Total: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
