import type { Engine } from '../../engine';
import type { CliArgs } from '../args';
import type { Output } from '../output';
import { keyedImport } from './keyed-import.command';
import { printReconciliation, statusOption } from './reconcile-output';

/** `sohoa licences import FILE…`: driving-licence records; upsert by licence number. */
export function licencesImport(engine: Engine, args: CliArgs, out: Output): Promise<number> {
  return keyedImport(engine, args, out, { command: 'licences import', keyName: 'licence_no' }, (files) => engine.licences.import({ files, source: 'command line' }));
}

/** `sohoa licences reconcile [--all] [--status S]`: every licence holder checked against the register, as `owners reconcile`. */
export function licencesReconcile(engine: Engine, args: CliArgs, out: Output): number {
  const status = statusOption(args);
  out.progress('Checking every licence holder against the population register…');
  const counts = engine.licences.reconcile();
  const results = engine.licences.results({ all: args.options.all, status });
  printReconciliation(out, counts, results, { list: 'licences', keyName: 'licence_no', keyOf: (r) => r.licence_no, noun: 'licence' });
  return 0;
}
