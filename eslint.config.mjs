// Lint keeps the layers of DESIGN.md pointing one way: renderer → preload contract ← app → engine; cli → engine.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'worker_threads', 'stream', 'url', 'util'];
const restrict = (patterns, message, ...more) => ({
  'no-restricted-imports': ['error', { patterns: [...patterns.map((group) => ({ group: [group], message })), ...more] }],
});
// main/app and main/cli see the engine only through its public API, main/engine/index.ts. The one exception,
// station/paths (the app's name and data folder), keeps the Electron main process from bundling the whole engine.
const ENGINE_API_ONLY = {
  regex: '^(\\.\\./)+(main/)?engine/(?!index$|station/paths$).+',
  message: "The shell and the command line use only the engine's public API: import from main/engine (index.ts), re-exporting there what they need.",
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'tests/artifacts/**', '.sohoa-dev/**', 'bin/**', 'scripts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/explicit-module-boundary-types': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict(
      ['electron', 'node:*', ...NODE_BUILTINS, '**/main/**', 'better-sqlite3', 'sharp', 'tesseract.js'],
      'The renderer talks only to window.api (preload/contract.ts): no Node, no Electron, no engine.',
    ),
  },
  {
    files: ['main/engine/**/*.ts'],
    rules: restrict(['electron', '**/app/**', '**/cli/**', '**/preload/**'], 'The engine is plain Node and knows nothing of the shell, the CLI or the UI contract.'),
  },
  {
    files: ['main/engine/**/*.ts'],
    ignores: ['main/engine/db/**'],
    rules: {
      ...restrict(
        ['electron', '**/app/**', '**/cli/**', '**/preload/**', 'better-sqlite3'],
        'The engine is plain Node, and SQL lives only under main/engine/db/.',
      ),
      // A database handle passed in is no licence to query it: statements and pragmas belong in a db/ repo.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^(prepare|pragma|exec|transaction)$/][callee.object.name='db']",
          message: 'SQL (statements, pragmas, transactions) lives only under main/engine/db/: add a function to a repo there.',
        },
      ],
    },
  },
  {
    files: ['main/cli/**/*.ts'],
    rules: restrict(['electron', '**/app/**', '**/preload/**'], 'The command line drives the engine directly, without Electron.', ENGINE_API_ONLY),
  },
  {
    files: ['main/app/**/*.ts'],
    rules: restrict(['**/cli/**'], 'The desktop shell drives the engine, not the command line.', ENGINE_API_ONLY),
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            // The domain's nouns are defined once, in main/engine/domain/: the contract takes them from there.
            { regex: '(^|/)main/(?!engine/domain/)', message: 'The preload exposes the contract and nothing else (only main/engine/domain/ is shared with it).' },
            ...['node:*', ...NODE_BUILTINS].map((group) => ({ group: [group], message: 'The preload exposes the contract and nothing else.' })),
          ],
        },
      ],
    },
  },
  {
    files: ['main/engine/domain/**/*.ts'],
    rules: restrict(
      ['electron', 'node:*', ...NODE_BUILTINS, 'better-sqlite3', 'sharp', 'tesseract.js'],
      "The domain is plain data and zod: the engine, the contract and the screens all read it, so it imports nothing of theirs.",
      { regex: '^\\.\\./', message: 'The domain imports only itself (and zod): the rest of the engine depends on it, never the other way.' },
    ),
  },
);
