// One phase of bench:owners in its own process, so its peak RSS is its own: `residents|records|reconcile|declarations|queue FILE DB`.
import { createEngine } from '../../main/engine/engine';

async function run(): Promise<void> {
  const [phase, file, dbPath] = process.argv.slice(2) as [string, string, string];
  const engine = await createEngine({ dbPath });
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  let result: unknown;
  if (phase === 'residents') result = await engine.residents.import([file]);
  else if (phase === 'records') result = await engine.records.import({ files: [file] });
  else if (phase === 'reconcile') result = engine.owners.reconcile();
  else if (phase === 'declarations') result = await engine.declarations.import([file]);
  else result = queueTimes(engine);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  // On a shared machine the wall clock includes waiting for a core; CPU time is what the work itself took.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  await engine.close();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const brief = result && typeof result === 'object' && 'errors' in result ? { ...result, errors: (result.errors as unknown[]).slice(0, 3), issues: (result as unknown as { issues: unknown[] }).issues.length } : result;
  process.stdout.write(JSON.stringify({ seconds, cpuSeconds, peakRssMb, result: brief }));
}

/** The confirmation queue's next item, from its start, middle and end, as the officer moves through it. */
function queueTimes(engine: Awaited<ReturnType<typeof createEngine>>): { calls: number; medianMs: number; maxMs: number } {
  const times: number[] = [];
  let after: string | null = null;
  for (let k = 0; k < 300; k++) {
    if (k === 100 || k === 200) {
      // Jump to the middle and the end of the queue, like filters and scrolling do.
      const { total, rows } = engine.declarations.window({ status: 'pending', offset: k === 100 ? 50_000 : 99_000, limit: 1 });
      after = total > 0 && rows[0] ? rows[0].declaration_id : null;
    }
    const t = process.hrtime.bigint();
    const next = engine.declarations.next({ status: 'pending' }, after);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    after = next?.declaration_id ?? null;
  }
  times.sort((a, b) => a - b);
  return { calls: times.length, medianMs: times[Math.floor(times.length / 2)]!, maxMs: times[times.length - 1]! };
}

void run();
