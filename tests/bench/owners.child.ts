// One phase of bench:owners in its own process, so its peak RSS is its own: `residents|records|reconcile|declarations|queue FILE DB`.
import type { Engine } from '../../main/engine';
import { measurePhase } from './phase';

async function run(): Promise<void> {
  const [phase, file, dbPath] = process.argv.slice(2) as [string, string, string];
  await measurePhase(dbPath, (engine) => {
    if (phase === 'residents') return engine.residents.import({ files: [file] });
    if (phase === 'records') return engine.records.import({ files: [file] });
    if (phase === 'reconcile') return engine.owners.reconcile();
    if (phase === 'declarations') return engine.declarations.import({ files: [file] });
    return queueTimes(engine);
  });
}

/** The confirmation queue's next item, from its start, middle and end, as the officer moves through it. */
function queueTimes(engine: Engine): { calls: number; medianMs: number; maxMs: number } {
  const times: number[] = [];
  let after: string | null = null;
  for (let k = 0; k < 300; k++) {
    if (k === 100 || k === 200) {
      // Jump to the middle and the end of the queue, like filters and scrolling do.
      const { total, rows } = engine.declarations.window({ status: 'pending', offset: k === 100 ? 50_000 : 99_000, limit: 1 });
      after = total > 0 && rows[0] ? rows[0].declaration_id : null;
    }
    const t = process.hrtime.bigint();
    const next = engine.declarations.next({ status: 'pending', after });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    after = next?.declaration_id ?? null;
  }
  times.sort((a, b) => a - b);
  return { calls: times.length, medianMs: times[Math.floor(times.length / 2)]!, maxMs: times[times.length - 1]! };
}

void run();
