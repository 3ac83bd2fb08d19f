#!/usr/bin/env node
// npm run preview:web — the renderer in a browser against the demo station (see tests/host/cli.ts).
// Builds first when out/renderer is missing or older than its sources; PORT (default 5199) picks the port.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tsx = (script) => [process.execPath, ['--import', 'tsx', script]];

const [node, buildArgs] = tsx('tests/host/ensure-renderer.ts');
const built = spawnSync(node, buildArgs, { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const child = spawn(...tsx('tests/host/cli.ts'), {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, PORT: process.env.PORT ?? '5199' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
