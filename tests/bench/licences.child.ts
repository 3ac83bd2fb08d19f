// One phase of bench:licences in its own process, so its peak RSS is its own: `residents|licences|reconcile|lookup FILE DB`.
import type { Engine } from '../../main/engine';
import { measurePhase } from './phase';
import { licenceNumber } from '../fixtures/licences-data';

async function run(): Promise<void> {
  const [phase, file, dbPath, count] = process.argv.slice(2) as [string, string, string, string];
  await measurePhase(dbPath, (engine) => {
    if (phase === 'residents') return engine.residents.import({ files: [file] });
    if (phase === 'licences') return engine.licences.import({ files: [file] });
    if (phase === 'reconcile') return engine.licences.reconcile();
    return lookups(engine, Number(count));
  });
}

/** A scanned licence's number read with one OCR confusion (0 as O), looked up: the first call builds the index. */
function lookups(engine: Engine, count: number): { firstMs: number; medianMs: number; found: number; calls: number } {
  const times: number[] = [];
  let found = 0;
  for (let k = 0; k < 200; k++) {
    const i = Math.floor((k * count) / 200);
    const wanted = licenceNumber(i);
    const read = wanted.replace('0', 'O');
    const t = process.hrtime.bigint();
    const best = engine.licences.find({ text: read, limit: 3 })[0];
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (best?.licence_no === wanted) found += 1;
  }
  const first = times[0]!;
  const rest = times.slice(1).sort((a, b) => a - b);
  return { firstMs: first, medianMs: rest[Math.floor(rest.length / 2)]!, found, calls: times.length };
}

void run();
