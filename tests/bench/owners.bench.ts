// `npm run bench:owners [-- --residents N --declarations D]`: register import, owner reconciliation, declarations
// import + compare, and the confirmation queue's next item, on generated data with known truth (issue 17 targets:
// 1,000,000 residents ≤ 20 s at ≤ 500 MB RSS; reconcile 1,000,000 records ≤ 30 s; 100,000 declarations ≤ 15 s;
// next item ≤ 50 ms at 100,000 queued).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPhase, writeCsv, type Phase } from './phase';
import {
  csvLine,
  declaration,
  DECLARATION_HEADER,
  declarationCells,
  inRegister,
  OWNER_CASES,
  record,
  RECORD_HEADER,
  recordCells,
  resident,
  RESIDENT_HEADER,
  residentCells,
  truth,
} from '../fixtures/owners-data';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => Number(args[args.indexOf(name) + 1] ?? 0) || fallback;
const N = args.includes('--residents') ? option('--residents', 1_000_000) : 1_000_000;
const D = Math.min(args.includes('--declarations') ? option('--declarations', 100_000) : 100_000, Math.floor(N / 8));

function phase(name: string, file: string, db: string): Phase {
  return runPhase(join(__dirname, 'owners.child.ts'), [name, file, db]);
}

const fmt = (n: number): string => n.toLocaleString('en-US');
const verdict = (ok: boolean): string => (ok ? 'within target' : 'OVER TARGET');

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sohoa-bench-owners-'));
  const db = join(dir, 'station.db');
  const files = { residents: join(dir, 'register.csv'), records: join(dir, 'records.csv'), declarations: join(dir, 'ihanoi.csv') };
  try {
    const t = Date.now();
    await writeCsv(files.residents, RESIDENT_HEADER, N, (i) => (inRegister(i) ? csvLine(residentCells(resident(i))) : null));
    await writeCsv(files.records, RECORD_HEADER, N, (i) => csvLine(recordCells(record(i))));
    await writeCsv(files.declarations, DECLARATION_HEADER, D, (j) => csvLine(declarationCells(declaration(j).row)));
    console.log(`generated ${fmt(N)} records, their register (${(statSync(files.residents).size / 1e6).toFixed(0)} MB) and ${fmt(D)} declarations in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    const residents = phase('residents', files.residents, db);
    const imported = residents.result.imported as number;
    const limit = (N / 1_000_000) * 20;
    console.log(
      `residents import: ${fmt(imported)} in ${residents.seconds.toFixed(2)} s (CPU ${residents.cpuSeconds.toFixed(2)} s) = ${fmt(Math.round(imported / residents.seconds))} rows/s, ` +
        `rejected ${residents.result.rejected}, peak RSS ${residents.peakRssMb.toFixed(0)} MB (target ≤ ${limit.toFixed(1)} s scaled, ≤ 500 MB: ` +
        `${verdict(residents.seconds <= limit && residents.peakRssMb <= 500)})`,
    );
    const records = phase('records', files.records, db);
    console.log(`records import: ${fmt(records.result.imported as number)} in ${records.seconds.toFixed(2)} s (CPU ${records.cpuSeconds.toFixed(2)} s), peak RSS ${records.peakRssMb.toFixed(0)} MB`);

    const reconcile = phase('reconcile', files.records, db);
    const counts = reconcile.result as Record<string, number>;
    const expected: Record<string, number> = { match: 0, differs: 0, legacy_id: 0, not_found: 0, no_id: 0 };
    for (let i = 0; i < N; i++) expected[truth(i).status]! += 1;
    const exact = Object.keys(expected).every((s) => counts[s] === expected[s]);
    console.log(
      `owners reconcile: ${fmt(N)} records in ${reconcile.seconds.toFixed(2)} s (CPU ${reconcile.cpuSeconds.toFixed(2)} s; target ≤ ${((N / 1_000_000) * 30).toFixed(1)} s scaled: ` +
        `${verdict(reconcile.seconds <= (N / 1_000_000) * 30)}), peak RSS ${reconcile.peakRssMb.toFixed(0)} MB; counts ${JSON.stringify(counts)} ` +
        `${exact ? 'equal the generated truth' : `DIFFER from the generated truth ${JSON.stringify(expected)}`} (${OWNER_CASES.length} cases)`,
    );

    // A register update of a few residents, as a commune receives weekly: only the records they touch are checked
    // again (the statuses stay current without a full pass).
    const changed = Math.max(1, Math.floor(N / 1000));
    const update = join(dir, 'register-update.csv');
    await writeCsv(update, RESIDENT_HEADER, changed, (k) => {
      const i = k * 1000 + 2; // a spelling case: the register now writes the name as the record does
      return inRegister(i) ? csvLine(residentCells({ ...resident(i), full_name: record(i).owner_name })) : null;
    });
    const updated = phase('residents', update, db);
    console.log(
      `register update: ${fmt(updated.result.updated as number)} residents changed, their records checked again in ${updated.seconds.toFixed(2)} s (CPU ${updated.cpuSeconds.toFixed(2)} s) ` +
        `against a full pass of ${reconcile.seconds.toFixed(2)} s`,
    );

    const declarations = phase('declarations', files.declarations, db);
    console.log(
      `declarations import + compare: ${fmt(declarations.result.imported as number)} in ${declarations.seconds.toFixed(2)} s (CPU ${declarations.cpuSeconds.toFixed(2)} s), including the lookup index over ` +
        `${fmt(N)} records (target ≤ ${((D / 100_000) * 15).toFixed(1)} s scaled: ${verdict(declarations.seconds <= (D / 100_000) * 15)}), peak RSS ${declarations.peakRssMb.toFixed(0)} MB`,
    );
    const queue = phase('queue', files.declarations, db).result as { calls: number; medianMs: number; maxMs: number };
    console.log(`queue next item at ${fmt(D)} queued: median ${queue.medianMs.toFixed(2)} ms, max ${queue.maxMs.toFixed(2)} ms over ${queue.calls} calls (target ≤ 50 ms: ${verdict(queue.maxMs <= 50)})`);
    console.log(`database size: ${(statSync(db).size / 1e6).toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
