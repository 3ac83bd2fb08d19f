import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { RollupLog } from 'rollup';

/**
 * Rollup drops comments it cannot place (zod's `/* @__PURE__ *\/`-style notes) and says so on every build; a new
 * user reads that as an error. Those notes from dependencies are dropped quietly; every other warning shows.
 */
function onwarn(warning: RollupLog, warn: (w: RollupLog) => void): void {
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  warn(warning);
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Native and heavy modules stay in node_modules; everything else is bundled.
      externalizeDeps: true,
      rollupOptions: {
        onwarn,
        input: {
          index: resolve(__dirname, 'main/app/main.ts'),
          'engine-host': resolve(__dirname, 'main/app/engine-host.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() from node_modules: bundle zod into it.
      externalizeDeps: false,
      rollupOptions: {
        onwarn,
        input: { index: resolve(__dirname, 'preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { onwarn, input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
