/**
 * Builds the renderer when out/renderer is missing or older than its sources, so the test host and the e2e
 * tests never serve a stale UI. Run as a script (`node --import tsx tests/host/ensure-renderer.ts`) by
 * scripts/e2e.mjs and scripts/preview-web.mjs; exits non-zero when the build fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RENDERER_OUT = join(ROOT, 'out', 'renderer');
const SOURCES = ['renderer', 'preload/contract.ts', 'preload/create-api.ts', 'electron.vite.config.ts'].map((p) => join(ROOT, p));

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why the renderer needs building, or null when out/renderer is current. */
export function rendererBuildReason(): string | null {
  const index = join(RENDERER_OUT, 'index.html');
  if (!existsSync(index)) return 'out/renderer is missing';
  const built = statSync(index).mtimeMs;
  const changed = SOURCES.find((source) => newestMtime(source) > built);
  return changed ? `${changed.slice(ROOT.length)} changed since the last build` : null;
}

/**
 * `npx electron-vite build` builds main, preload and renderer. When another layer does not build (work in
 * progress elsewhere), the renderer alone is built with the very same resolved electron-vite config.
 */
export async function ensureRenderer(log: (line: string) => void = (line) => console.log(line)): Promise<void> {
  const reason = rendererBuildReason();
  if (!reason) return;
  log(`Building the app (${reason}): npx electron-vite build`);
  const full = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (full.status === 0 && !rendererBuildReason()) return;
  log('The full build failed; building the renderer alone with the electron-vite renderer config.');
  const previous = process.cwd();
  process.chdir(ROOT);
  try {
    const { resolveConfig } = await import('electron-vite');
    const { build } = await import('vite');
    const resolved = await resolveConfig({}, 'build', 'production');
    const renderer = resolved.config?.renderer;
    if (!renderer) throw new Error('electron.vite.config.ts has no renderer section.');
    await build({ ...(renderer as object), configFile: false });
  } finally {
    process.chdir(previous);
  }
  const still = rendererBuildReason();
  if (still) throw new Error(`The renderer build did not bring out/renderer up to date (${still}).`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureRenderer().catch((error: unknown) => {
    console.error(`The renderer could not be built: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
