/**
 * A benchmark phase in a process of its own, so its peak RSS is its own: the bench writes the input files and runs
 * each phase (`runPhase`); the child script opens the station, does the work and prints what it measured
 * (`measurePhase`): wall and CPU seconds (on a shared machine the wall clock includes waiting for a core; CPU time
 * is what the work itself took), peak RSS and the work's result, an import report's lists cut short.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createEngine } from '../../main/engine/engine';
import type { Engine } from '../../main/engine';
import { csvLine } from '../fixtures/owners-data';

export interface Phase {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  result: Record<string, unknown>;
}

/** Runs `script` (a `*.child.ts` beside the bench) with `args` and reads what it measured (a Phase, unless it says otherwise). */
export function runPhase<T = Phase>(script: string, args: string[]): T {
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })) as T;
}

/** In the child: opens the station at `dbPath`, times `work` on it, closes it and prints the Phase on stdout. */
export async function measurePhase(dbPath: string, work: (engine: Engine) => unknown): Promise<void> {
  const engine = await createEngine({ dbPath });
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const result = await work(engine);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  await engine.close();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const brief = result && typeof result === 'object' && 'errors' in result ? { ...result, errors: (result.errors as unknown[]).slice(0, 3), issues: (result as unknown as { issues: unknown[] }).issues.length } : result;
  process.stdout.write(JSON.stringify({ seconds, cpuSeconds, peakRssMb, result: brief }));
}

/** Writes a CSV of `count` generated lines (null skips one) in 1 MB chunks, minding back-pressure. */
export async function writeCsv(path: string, header: string[], count: number, line: (i: number) => string | null): Promise<void> {
  const out = createWriteStream(path);
  let chunk = `${csvLine(header)}\n`;
  for (let i = 0; i < count; i++) {
    const l = line(i);
    if (l !== null) chunk += `${l}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise<void>((r) => out.once('finish', () => r()));
}
