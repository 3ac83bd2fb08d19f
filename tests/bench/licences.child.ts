// One phase of bench:licences in its own process, so its peak RSS is its own: `residents|licences|reconcile|lookup FILE DB`.
import { createEngine } from '../../main/engine/engine';
import { licenceNumber } from '../fixtures/licences-data';

async function run(): Promise<void> {
  const [phase, file, dbPath, count] = process.argv.slice(2) as [string, string, string, string];
  const engine = await createEngine({ dbPath });
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  let result: unknown;
  if (phase === 'residents') result = await engine.residents.import([file]);
  else if (phase === 'licences') result = await engine.licences.import([file]);
  else if (phase === 'reconcile') result = engine.licences.reconcile();
  else result = lookups(engine, Number(count));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  // On a shared machine the wall clock includes waiting for a core; CPU time is what the work itself took.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  await engine.close();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const brief = result && typeof result === 'object' && 'errors' in result ? { ...result, errors: (result.errors as unknown[]).slice(0, 3), issues: (result as unknown as { issues: unknown[] }).issues.length } : result;
  process.stdout.write(JSON.stringify({ seconds, cpuSeconds, peakRssMb, result: brief }));
}

/** A scanned licence's number read with one OCR confusion (0 as O), looked up: the first call builds the index. */
function lookups(engine: Awaited<ReturnType<typeof createEngine>>, count: number): { firstMs: number; medianMs: number; found: number; calls: number } {
  const times: number[] = [];
  let found = 0;
  for (let k = 0; k < 200; k++) {
    const i = Math.floor((k * count) / 200);
    const wanted = licenceNumber(i);
    const read = wanted.replace('0', 'O');
    const t = process.hrtime.bigint();
    const best = engine.licences.find(read, 3)[0];
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (best?.licence_no === wanted) found += 1;
  }
  const first = times[0]!;
  const rest = times.slice(1).sort((a, b) => a - b);
  return { firstMs: first, medianMs: rest[Math.floor(rest.length / 2)]!, found, calls: times.length };
}

void run();
