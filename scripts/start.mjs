// `npm start`: build, make sure better-sqlite3 has a build for Electron's ABI, and open the desktop app.
// Where the Electron binary is not installed (e.g. a machine without access to its download), it says so
// and serves the same UI in a browser instead (npm run preview:web).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', cwd: root, shell: process.platform === 'win32', ...opts });

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** better-sqlite3 is not N-API: Electron needs its own build, kept apart so Node (tests, CLI) keeps its own. */
function electronSqliteBinding(electronVersion) {
  const target = join(root, '.electron-native', electronVersion, 'better_sqlite3.node');
  if (existsSync(target)) return target;
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (once)…`);
  const work = mkdtempSync(join(tmpdir(), 'sohoa-sqlite-'));
  const pkg = join(work, 'better-sqlite3');
  cpSync(dirname(require.resolve('better-sqlite3/package.json')), pkg, { recursive: true });
  rmSync(join(pkg, 'build'), { recursive: true, force: true });
  const prebuildInstall = createRequire(require.resolve('better-sqlite3/package.json')).resolve('prebuild-install/bin.js');
  const prebuilt = run(process.execPath, [prebuildInstall, '--runtime', 'electron', '--target', electronVersion], { cwd: pkg });
  if (prebuilt.status !== 0) {
    const npmNodeGyp = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    const built = run(process.execPath, [npmNodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'], { cwd: pkg });
    if (built.status !== 0) throw new Error('better-sqlite3 could not be built for Electron; see the messages above.');
  }
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(pkg, 'build', 'Release', 'better_sqlite3.node'), target);
  rmSync(work, { recursive: true, force: true });
  return target;
}

const binary = electronBinary();
if (!binary) {
  console.log('The Electron binary is not installed on this machine, so the desktop window cannot open here.');
  console.log('Serving the same app in your browser instead (npm run preview:web)…');
  process.exit(run(process.execPath, [join(root, 'scripts', 'preview-web.mjs')]).status ?? 1);
}
if (run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']).status !== 0) process.exit(1);
const electronVersion = require('electron/package.json').version;
const binding = electronSqliteBinding(electronVersion);
process.exit(run(binary, ['.'], { env: { ...process.env, SOHOA_SQLITE_BINDING: binding } }).status ?? 0);
