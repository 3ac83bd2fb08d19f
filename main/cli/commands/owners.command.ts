import type { Engine } from '../../engine';
import { UsageError, type CliArgs } from '../args';
import type { Output } from '../output';
import { readPassword } from '../password-input';
import { keyedImport } from './keyed-import.command';
import { printReconciliation, statusOption } from './reconcile-output';
import { refusalsExitOne } from './review.command';

/** `sohoa residents import FILE…`: an extract of the population register; upsert by personal ID. */
export function residentsImport(engine: Engine, args: CliArgs, out: Output): Promise<number> {
  return keyedImport(engine, args, out, { command: 'residents import', keyName: 'personal_id' }, (files) =>
    engine.residents.import({ files, source: 'command line' }),
  );
}

/** `sohoa owners reconcile [--all] [--status S]`: checks every record's owner against the register. */
export function ownersReconcile(engine: Engine, args: CliArgs, out: Output): number {
  const status = statusOption(args);
  out.progress('Checking every record owner against the population register…');
  const counts = engine.owners.reconcile();
  const results = engine.owners.results({ all: args.options.all, status });
  printReconciliation(out, counts, results, { list: 'records', keyName: 'record_id', keyOf: (r) => r.record_id, noun: 'record' });
  return 0;
}

/** `sohoa owners decide RECORD FIELD take-register|keep-record --user U [--reason T]`, password as for review decide. */
export async function ownersDecide(engine: Engine, args: CliArgs, out: Output): Promise<number> {
  const [record, field, action] = args.positionals;
  if (!record || !field || !action || args.positionals.length > 3) throw new UsageError('owners decide needs RECORD FIELD ACTION (take-register or keep-record).');
  if (!args.options.user) throw new UsageError('owners decide needs --user NAME.');
  const password = await readPassword(`Password for ${args.options.user}: `, { fromEnv: true });
  return refusalsExitOne(out, async () => {
    await engine.auth.signIn({ name: args.options.user!, password });
    const decided = await engine.owners.decide({ record, field, action, reason: args.options.reason ?? undefined });
    const { result } = decided;
    out.result(
      { outcome: decided.outcome, message: decided.message, record_id: result.record_id, field, status: result.status, personal_id: result.personal_id, differences: result.differences },
      () => `${decided.message} Record ${result.record_id} is now ${result.status}.`,
    );
    return 0;
  });
}
