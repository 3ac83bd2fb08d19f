import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

let bundle: Promise<string> | null = null;

/** /__host/api.js: http-transport.ts with preload/create-api.ts, the contract and zod, as one classic script. */
export function apiBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [fileURLToPath(new URL('./http-transport.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  }).then((result) => {
    const file = result.outputFiles[0];
    if (!file) throw new Error('esbuild produced no output for the test host transport.');
    return file.text;
  });
  return bundle;
}
