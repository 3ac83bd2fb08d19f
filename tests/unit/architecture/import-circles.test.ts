import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = join(__dirname, '../../../scripts/check-import-cycles.mjs');

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sohoa-circles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function check(root: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [SCRIPT, '--root', root], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('the import-circle check', () => {
  it('fails on a circle, type-only imports included, and names the files in order', () => {
    const root = tree({
      'main/engine/api.types.ts': "import type { Report } from './area/service';\nexport interface Api { run(): Report }\n",
      'main/engine/area/service.ts': "import type { Api } from '../api.types';\nexport interface Report { api: Api }\n",
      'main/engine/area/other.ts': "import { x } from './leaf';\nexport const y = x;\n",
      'main/engine/area/leaf.ts': 'export const x = 1;\n',
    });
    const { status, output } = check(root);
    expect(status).toBe(1);
    expect(output).toContain('import circle among 2 files: main/engine/api.types.ts → main/engine/area/service.ts → main/engine/api.types.ts');
  });

  it('passes a tree whose imports point one way, through index files and re-exports', () => {
    const root = tree({
      'main/engine/index.ts': "export { run } from './run';\nexport type * from './api.types';\n",
      'main/engine/run.ts': "import type { Api } from './api.types';\nexport const run = (api: Api): number => api.n;\n",
      'main/engine/api.types.ts': 'export interface Api { n: number }\n',
      'main/cli/index.ts': "import { run } from '../engine';\nrun({ n: 1 });\n",
    });
    expect(check(root)).toEqual({ status: 0, output: 'import circles: none among 4 files\n' });
  });
});
