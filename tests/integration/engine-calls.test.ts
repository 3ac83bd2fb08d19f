/**
 * The contract's calls reach the engine without a line per call: each is answered by the engine method of the same
 * name, with the validated input, and gives what the contract's output schema allows.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answererOf, invokeEngine, isShellCall, type EngineCallName } from '../../main/app/engine-calls';
import { createEngine } from '../../main/engine/engine';
import type { Engine } from '../../main/engine';
import { calls, parseCallInput, type CallName } from '../../preload/contract';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ dbPath: ':memory:', ocrWorkers: 1 });
});
afterAll(async () => {
  await engine.close();
});

const engineCalls = (Object.keys(calls) as CallName[]).filter((name): name is EngineCallName => !isShellCall(name));

/** Validates the input as the IPC boundary does, runs the call and checks its answer against the contract. */
async function answer(name: EngineCallName, input: unknown): Promise<unknown> {
  const parsed = parseCallInput(name, input);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const value = await invokeEngine(engine, name, parsed.value);
  const checked = calls[name].output.safeParse(value);
  if (!checked.success) throw new Error(`${name}: ${checked.error.message}`);
  return checked.data;
}

describe('engine calls', () => {
  it('has an answer on the engine for every call of the contract but the shell’s own', () => {
    expect(engineCalls.length).toBeGreaterThan(50);
    expect(engineCalls.filter((name) => answererOf(engine, name) === null)).toEqual([]);
  });

  it('answers a call straight from the engine method of the same name, with the input’s defaults filled in', async () => {
    expect(await answer('settings.get', {})).toEqual(engine.settings.get());
    expect(await answer('owners.counts', {})).toEqual(engine.owners.counts());
    expect(await answer('review.queue', {})).toEqual({ total: 0, rows: [] });
    // The input object reaches the engine whole, which refuses it in a sentence: nobody is signed in.
    await expect(answer('review.bulkConfirm', { ids: ['DS-404'] })).rejects.toThrow(/sign|đăng nhập/i);
    expect(await answer('dashboard.stats', {})).toMatchObject({ station: expect.any(String) });
    expect(await answer('export.preview', { reexport: true })).toEqual({ dossiers: [], pages: 0 });
    expect(await answer('records.list', { offset: 0, limit: 10 })).toEqual({ total: 0, rows: [] });
    expect(await answer('auth.current', {})).toEqual({ user: null, needsFirstUser: true });
    expect(await answer('audit.list', {})).toEqual({ total: 0, rows: [] });
    expect(await answer('declarations.window', { status: 'pending', match: 'exact' })).toEqual({ total: 0, rows: [] });
    expect(await answer('licences.show', { licence_no: '010180000111' })).toBeNull();
    expect(await answer('retired.unmatched', { limit: 1 })).toEqual([]);
    expect(await answer('retired.vehicles', {})).toEqual({ total: 0, rows: [] });
    const plan = (await answer('scan.plan', { paths: ['/nowhere/hồ sơ.pdf'] })) as { dossiers: unknown[]; errors: { path: string }[] };
    expect(plan.dossiers).toEqual([]);
    expect(plan.errors.map((e) => e.path)).toEqual(['/nowhere/hồ sơ.pdf']);
  });

  it('answers the station’s own calls and a job or batch that does not exist', async () => {
    expect(await answer('app.info', {})).toMatchObject({ dbPath: ':memory:', demo: false });
    expect(await answer('jobs.cancel', { jobId: 'no-such-job' })).toEqual({ cancelled: false });
    await expect(answer('export.verify', { dir: '/nowhere/batch', key: 'other-station' })).rejects.toThrow(/\/nowhere\/batch is not a batch folder/);
  });

  it('refuses an input the contract does not allow with a sentence naming the call and the field', () => {
    const refused = parseCallInput('records.list', { offset: -1, limit: 10 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/^The call records\.list was refused: .* at "offset"\.$/);
  });

  it('gives a call its schema’s defaults when the engine is called straight, as the command line calls it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sohoa-call-defaults-'));
    try {
      const list = join(dir, 'retired.csv');
      const rows = Array.from({ length: 501 }, (_, i) => `HS-KHONG-CO-${i},het_nien_han`);
      writeFileSync(list, ['Mã hồ sơ,Lý do', ...rows].join('\n'));
      expect(await engine.retired.import({ files: [list] })).toMatchObject({ marked: 0, rejected: 0 });
      // retired.unmatched's limit defaults to 500 in its schema: the same first 500 rows as the Retired screen asks for.
      expect(engine.retired.unmatched()).toHaveLength(500);
      const rowsOf = (list: { row: number | null }[]): (number | null)[] => list.map((u) => u.row);
      expect(rowsOf(engine.retired.unmatched({}))).toEqual(rowsOf((await answer('retired.unmatched', {})) as { row: number | null }[]));
      expect(engine.retired.unmatched({ limit: 5000 })).toHaveLength(501);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
